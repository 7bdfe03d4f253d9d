/**
 * Passwords common among Chinese users that the general (largely Western)
 * dictionary from @zxcvbn-ts/language-common under-represents: pinyin phrases,
 * "lucky" and romantic digit strings (520 ≈ 我爱你, 1314 ≈ 一生一世,
 * 7758521 ≈ 亲亲我吧我爱你), QQ-era patterns, surnames plus digits, and local
 * place names. Compiled from the frequency tables published after the 2011
 * CSDN / Tianya and 2014 12306 breaches, plus Guizhou-specific guesses an
 * attacker would obviously try against this portal.
 *
 * ASVS 4.0.3 V2.1.7 / NIST SP 800-63B §5.1.1.2: reject passwords found in
 * breach corpora. Stored lowercase; the policy compares case-insensitively.
 */
export const COMMON_PASSWORDS_ZH: readonly string[] = [
  // Digit runs and repeats
  "123456789", "12345678", "1234567890", "0123456789", "11111111", "00000000",
  "88888888", "66666666", "99999999", "12341234", "123123123", "147258369",
  "987654321", "111222333", "11223344", "112233445566", "123321123", "147852369",
  "159753159", "168168168", "888888888", "1688888", "666888", "518518", "147258",
  "159753", "159357", "369258147", "13800138000",
  // Romantic / lucky digit strings
  "5201314", "1314520", "13145200", "5201314520", "52013145201314", "520520520",
  "1314521", "5211314", "7758521", "7758258", "584520", "5845201314", "2008beijing",
  // Pinyin
  "woaini", "woaini1314", "woaini520", "woaini521", "woaini123", "woaini123456",
  "1314woaini", "aini1314", "woaiwojia", "woaimama", "woaibaba", "woaiwoziji",
  "woaizhongguo", "zhongguo", "zhongguo123", "nihao123", "nihaoma", "woshishui",
  "wodemima", "mima123456", "mima1234", "baobei520", "baobei1314", "laopo520",
  "laogong520", "tiantian", "kuaile123", "xingfu123", "wanshiruyi", "gongxifacai",
  "pingan123", "caonima", "xiaoming", "zhanghao", "zhangwei", "wangwei", "wangfang",
  "liwei123", "zhang123", "zhang123456", "wang1234", "wang123456", "li123456",
  "liu123456", "chen123456", "yang123456", "zhao123456", "huang123456",
  // Letter + digit habits
  "a123456", "a1234567", "a12345678", "a123456789", "aa123456", "aa12345678",
  "abc123456", "abc12345", "abcd1234", "abcd123456", "abc123abc", "123456a",
  "123456abc", "12345678a", "123456aa", "1a2b3c4d", "a1b2c3d4", "ai123456",
  "qq123456", "qq5201314", "qq1234567", "qq666666", "123456qq", "qqqqqqqq",
  // Keyboard walks
  "1qaz2wsx", "1qaz2wsx3edc", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "qaz123456",
  "qwe123456", "qwer1234", "1234qwer", "qwertyuiop", "asd123456", "asdf1234",
  "asdfghjkl", "zxcvbnm", "zxcvbnm123", "qazwsxedc", "zaq12wsx",
  // English borrowings
  "iloveyou", "iloveyou1314", "password", "password123", "passw0rd", "p@ssw0rd",
  "admin123", "admin888", "aptx4869", "dragon",
  // Brands and services
  "huawei123", "xiaomi123", "taobao123", "wechat123", "weixin123", "alipay123",
  // Places, Guizhou first
  "guizhou", "guizhou123", "guiyang", "guiyang123", "zunyi123", "maotai",
  "maotai123", "huangguoshu", "qiankuatong", "beijing123", "shanghai", "china123",
];
