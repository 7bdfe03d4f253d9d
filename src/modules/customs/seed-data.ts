// Customs and FX facts for the demo seed, taken from shared/reference/customs-fx-markets.md
// (gathered and checked 2026-11-23) and services.md (the seed papers). Facts the reference
// marks unverified, and figures that come only from the papers, get verifiedOn: null and
// are shown as unverified. Officials correct all of it in the portal.
import { PRODUCT_CODES } from "./domain/product-codes";
import { FOOD_CATEGORIES } from "./domain/guidance";

const V = "2026-11-23"; // the reference's "gathered" date
const U = null; // unverified

export const PAPER_001 = "Seed paper 001, 电子商务评论 (2025), https://doi.org/10.12677/ecl.2025.1472395";
export const PAPER_002 = "陈羿洁《乡村振兴战略视域下贵州跨境电商发展的政策扶持与公共服务保障研究》(2025, seed paper 002), 2023 survey";
export const PAPER_003 = "Seed paper 003 (贵州农特产品跨境电商与“贵农”品牌国际化, 2025)";
export const PAPER_004 = "Seed paper 004, 电子商务评论 (2024), https://doi.org/10.12677/ecl.2024.133922";

const S = {
  modes: "https://en.first-logistics.cn/news/3.html ; https://www.jxhy-cargo.com/news/cross-border-e-commerce-export-customs-declara-72125710.html ; https://global.foodmate.net/news/show-6860.html ; https://ssopdot.com/blog/6864.html ; https://ssopdot.com/blog/35090.html ; http://www.iocov.com/news/mtbd/t5398.html",
  ann75: "https://global.foodmate.net/news/show-6860.html",
  ann194: "https://ssopdot.com/blog/6443.html ; https://ssopdot.com/blog/101036.html",
  singleWindowData: "https://wodefinance.com/Trademarkregistration/ezreyjmykh.html",
  summary: "https://ssopdot.com/?p=6357 ; http://3566.net.cn/en/cross-border-e-commerce/cross-border-e-commerce-export",
  ann167: "https://stdrubberhose.com/amp/China's-General-Administration-of-Customs-Issues-Announcement-No.167-of2024:Further-Optimizing-Regulatory-Measures-for-Cross-border-E-commerce-Exports.html ; https://news.43u.com.cn/a/64336.html",
  documents: "http://luunrbm.cn/en/foreign-trade-knowledge/customs-supervision-codes ; http://3566.net.cn/en/cross-border-e-commerce/cross-border-e-commerce-export",
  eport: "https://ssopdot.com/blog/16194.html",
  singleWindow: "http://m.diaochadi.com/html/shipin/shipinzixun/20220722/1028390.htm",
  tax9610: "https://www.chwang.com/baike/notickettaxexemption",
  relief2023: "https://guangdong.chinatax.gov.cn/gdsw/gzsw_yhssyshj2022E_zcwj_zxzc/2023-07/20/content_07bca6de696648ba97aee2a97ef62852.shtml ; https://www.diacrongroup.com/en/tax-news/china-offers-tax-relief-for-returned-cross-border-e-commerce-exports/ ; https://grandwaylaw.com/en/Legalupdate/4207.html",
  relief2026: "https://digitalpolicyalert.org/event/37684-ministry-of-finance-general-administration-of-customs-and-general-administration-of-taxation-adopted-preferential-tax-policy-of-cross-border-e-commerce-export-and-return-goods-no-16-of-2026-including-indirect-taxes-regulation",
  decree249: "http://en.zbhegui.com/item/cksp.html",
  producerFiling: "http://en.zbhegui.com/item/cksp.html ; http://www.zbchuanghe.com/2024/05/688230.html",
  plantation: "http://www.cctv1204.com/news/show-123625.html",
  orchard: "https://en.chinacarrying.com/Understanding-the-import-and-export-of-agricultural-and-food-products-in-one-article-id45062957.html",
  usFda: "http://webiis05.mondaq.com/article.asp?article_id=204770&type=mondaqai&r=5&t=5 ; https://register-fda.com/fda-regulatory-information/",
  usPriorNotice: "https://help.inlt.com/en/articles/2775609-fda-prior-notice-requirements",
  euMrl: "https://legalize.dev/eu/law/32019R1793/history?sha=86c5ca0ee2d9782715f48a7faaebd8ab3770e093 ; http://en.zgxu.com/2011_08__EU-imports-of-tea-will-take-the-new-test-measures-the-port.html",
  euOrganic: "https://webgate.ec.europa.eu/cfcas3/tracesnt-webhelp/Content/E_COI/Intro.htm ; https://a-cert.org/reg-848-2018-non-eu-countries/deleg-reg-2021-2306",
  jpPositive: "http://www.docstoc.com/docs/115724519/Rachel-Nelson",
  jpAflatoxin: "https://www.mhlw.go.jp/english/topics/importedfoods/12/schedule01.html",
  vn: "https://dokumen.tips/documents/this-report-contains-assessments-of-commodity-and-wine-fresh-fruit-approved-by.html",
  th: "https://docslib.org/doc/6155345/food-and-agricultural-import-regulations-and-standards ; https://agriculture.gov.au/biosecurity-trade/export/controlled-goods/plants-plant-products/ian/2020/2020-47",
  thTea: "https://www.jetro.go.jp/biznews/2020/02/3e97e3f9358f5d10.html ; https://www.jetro.go.jp/biznews/2021/01/1181c3b585e2c49a.html",
  rcep: "https://www.marketscreener.com/news/latest/The-Regional-Comprehensive-Economic-Partnership-RCEP-Agreement-will-enter-into-force-on-January-1--36892848/ ; https://www.bilaterals.org/?rcep-to-enter-into-force-on-march",
  rcepOrigin: "http://abtio2.com/en/2021/12/23/announcement-no-106-2021-of-the-general-administration-of-customs-announcement-concerning-the-implementation-of-the-regional-comprehensive-economic-partnership-agreement ; https://oujiangroup.com/news/implementation-progress-of-rcep-2 ; https://www.re-code.org/article/1283?categoryid=90",
  huifa11: "https://www.safe.gov.cn/en/2020/0520/1700.html ; http://www.safe.gov.cn/en/2020/0520/1701.html",
  quota: "https://360docs.net/doc/36902030.html ; http://lnmlw.com/Foreignexaccountopening/bbzjxydbaw.html",
  quotaReading: "http://lnmlw.com/Foreignexaccountopening/bpiufulosr.html",
  payInst: "http://www.qzterui.com/en/2015/0316/1150.html",
  directory: "https://www.laitimes.com/en/article/6ifm7_6yrwv.html ; http://diyuanqiche.com/en/2019/1025/1596.html",
  usTea: "https://htshub.com/us-hs/search/0902",
  usChili: "https://dripcapital.com/hts-code/09/04",
  vnAcfta: "https://mof.gov.vn/webcenter/portal/btcen/pages_r/l/newsdetails?dDocName=MOF147953",
  myAcfta: "https://www.iruorou.com/fta.mofcom/china_dongmeng_upgrade/annex/hwmyxieyi-fj01_Malaysia2005-2012_shuilv_en.doc",
  laoFx: "http://china.org.cn/world/Off_the_Wire/2025-02/27/content_117737245.htm",
};

type HsFact = { cn10: string | null; cn10VerifiedOn: string | null; source: string; verifiedOn: string | null; noteZh?: string; noteEn?: string };

const HS: Record<string, HsFact> = {
  "green-tea": { cn10: "0902109000", cn10VerifiedOn: V, source: "http://hscode.wjccx.com/0902109000.html ; http://m.sofreight.com/hscode_list?id=9", verifiedOn: V, noteZh: "每件不超过3千克的绿茶；超过3千克用0902.20（0902209000）。", noteEn: "Green tea in packs of 3 kg or less; above 3 kg use 0902.20 (0902209000)." },
  "black-tea": { cn10: "0902309000", cn10VerifiedOn: V, source: "http://oidacoin.com/hscode-31.html", verifiedOn: V, noteZh: "每件不超过3千克；超过3千克用0902.40。", noteEn: "3 kg or less per pack; above 3 kg use 0902.40." },
  matcha: { cn10: "0902109000", cn10VerifiedOn: V, source: "http://hscode.wjccx.com/0902109000.html ; https://hsciq.com/HSCN/Search/5?chapter=2&isroot=true&keywords=%E7%AB%B9%E5%8F%B6%E8%8C%B6", verifiedOn: V, noteZh: "抹茶粉仍归0902；速溶茶和茶提取物归2101.20。", noteEn: "Matcha powder stays in 0902; instant tea and extracts go to 2101.20." },
  "dried-chili": { cn10: "0904210000", cn10VerifiedOn: V, source: "http://oidacoin.com/hscode-31.html", verifiedOn: V },
  "ground-chili": { cn10: "0904220000", cn10VerifiedOn: V, source: "http://oidacoin.com/hscode-31.html", verifiedOn: V },
  "chili-sauce": { cn10: "2103909000", cn10VerifiedOn: U, source: "https://docslib.org/doc/7795620/chapter-9-coffee-tea-mat%C3%A9-and-spices-ii-9-1-notes-1", verifiedOn: V, noteZh: "混合调味品（辣椒酱、油辣椒）归2103.90；10位编码未核实。", noteEn: "Mixed condiments (chili sauce, chili oil) go to 2103.90; the 10-digit code is unverified." },
  apple: { cn10: "0808100000", cn10VerifiedOn: V, source: "http://zzlonca.com/hscode/0808100000.html", verifiedOn: V },
  plum: { cn10: null, cn10VerifiedOn: U, source: "https://tradeclassifier.com/hs-code/subheading/080940", verifiedOn: V },
  kiwifruit: { cn10: "0810500000", cn10VerifiedOn: U, source: "https://www.121-export.com/classifications/hs/v2017/081050", verifiedOn: V },
  pomelo: { cn10: null, cn10VerifiedOn: U, source: "https://conex.net/nc8/2023/en/08.html", verifiedOn: V },
  "rosa-roxburghii-juice": { cn10: "2009891900", cn10VerifiedOn: U, source: "https://tatiao.com/hscode/2009891900.html", verifiedOn: V, noteZh: "“其他未混合的水果汁”；刺梨汁归入此号未核实。", noteEn: "\"Other unmixed fruit juice\"; classing Rosa roxburghii juice here is unverified." },
  gastrodia: { cn10: "1211903999", cn10VerifiedOn: U, source: "https://hs.bianmachaxun.com/single_page/iframe_tariff_commentary.php?id=1211", verifiedOn: V, noteZh: "具体10位编码未核实；申报例子中出现兜底编码1211903999。", noteEn: "Exact 10-digit code unverified; the residual 1211903999 appears in declaration examples." },
  "miao-embroidery": { cn10: null, cn10VerifiedOn: U, source: "https://apl2.czso.cz/iSMS/en/klaspol_prn.jsp?ciselid=1012976&kodcis=5653&kodklas=80120 ; https://hscodeatlas.com/product/synthetic-embroidery-hs-code", verifiedOn: V, noteZh: "绣片、图案按面料：棉5810.91，化纤5810.92，其他5810.99；做成衣服或家纺归第61–63章。", noteEn: "Piece goods and motifs by fabric: cotton 5810.91, man-made 5810.92, other 5810.99; finished garments or home textiles go to Ch. 61–63." },
  "silver-jewellery": { cn10: "7113119090", cn10VerifiedOn: U, source: "HS lookup-site excerpt (URL not captured — verify)", verifiedOn: U },
  baijiu: { cn10: "2208902000", cn10VerifiedOn: V, source: "https://hs200.com/hscode/2208902000", verifiedOn: V },
  garlic: { cn10: "0703201000", cn10VerifiedOn: V, source: "http://www.hs-bianma.com/hs_chapter_07.htm", verifiedOn: V },
  konjac: { cn10: null, cn10VerifiedOn: U, source: "https://lexaris.de/book/version/documentflat/head/2019768 ; https://checkoutapi.com/rulings/docview?doc_id=HQ+H089804", verifiedOn: U, noteZh: "魔芋块茎和魔芋粉1212.99未核实；魔芋面条归1901.90。", noteEn: "Konjac tubers and flour under 1212.99 are unverified; konjac noodles go to 1901.90." },
};

export const SEED_PRODUCTS = PRODUCT_CODES.map((p) => {
  const hs = HS[p.code];
  if (!hs) throw new Error(`no HS fact for ${p.code}`);

  return { id: p.code, category: p.category, nameZh: p.nameZh, nameEn: p.nameEn, hs6: p.hs6, isFood: FOOD_CATEGORIES.includes(p.category), cn10: hs.cn10, cn10VerifiedOn: hs.cn10VerifiedOn, noteZh: hs.noteZh ?? "", noteEn: hs.noteEn ?? "", source: hs.source, verifiedOn: hs.verifiedOn };
});

export const SEED_DESTINATIONS = [
  { id: "VN", nameZh: "越南", nameEn: "Vietnam", currency: "VND", rcepMember: true, rcepSince: "2022-01-01", aseanMember: true, source: `${S.rcep} ; ${S.vnAcfta}`, verifiedOn: V },
  { id: "TH", nameZh: "泰国", nameEn: "Thailand", currency: "THB", rcepMember: true, rcepSince: "2022-01-01", aseanMember: true, source: S.rcep, verifiedOn: V },
  { id: "LA", nameZh: "老挝", nameEn: "Laos", currency: "LAK", rcepMember: true, rcepSince: "2022-01-01", aseanMember: true, source: S.rcep, verifiedOn: V },
  { id: "MY", nameZh: "马来西亚", nameEn: "Malaysia", currency: "MYR", rcepMember: true, rcepSince: "2022-03-18", aseanMember: true, source: `${S.rcep} ; ${S.myAcfta}`, verifiedOn: V },
  { id: "MM", nameZh: "缅甸", nameEn: "Myanmar", currency: "MMK", rcepMember: false, rcepSince: null, aseanMember: true, noteZh: "我们的资料没有写缅甸的RCEP生效日期，按未生效处理，请向海关核实。", noteEn: "Our sources give no RCEP entry-into-force date for Myanmar; treated as not in force — check with customs.", source: S.rcep, verifiedOn: U },
  { id: "JP", nameZh: "日本", nameEn: "Japan", currency: "JPY", rcepMember: true, rcepSince: "2022-01-01", aseanMember: false, source: S.rcep, verifiedOn: V },
  { id: "US", nameZh: "美国", nameEn: "United States", currency: "USD", rcepMember: false, rcepSince: null, aseanMember: false, noteZh: "不是RCEP成员。", noteEn: "Not an RCEP member.", source: S.rcep, verifiedOn: V },
  { id: "DE", nameZh: "德国（欧盟）", nameEn: "Germany (EU)", currency: "EUR", rcepMember: false, rcepSince: null, aseanMember: false, noteZh: "欧盟不是RCEP成员；欧盟统一关税和食品规定。", noteEn: "The EU is not an RCEP member; EU-wide tariff and food rules apply.", source: S.rcep, verifiedOn: V },
  { id: "HK", nameZh: "中国香港", nameEn: "Hong Kong, China", currency: "HKD", rcepMember: false, rcepSince: null, aseanMember: false, noteZh: "不在RCEP生效成员名单中。2017年贵州茶叶出口约40%去往港澳台。", noteEn: "Not in the list of RCEP parties in force. About 40% of Guizhou's 2017 tea exports went to Hong Kong, Macao and Taiwan.", source: `${S.rcep} ; http://www.ecns.cn/business/2017/12-23/285624.shtml`, verifiedOn: V },
];

export const SEED_MODES = [
  {
    id: "9610", channel: "b2c", nameZh: "跨境贸易电子商务（直邮零售）", nameEn: "CBEC retail (direct mail)",
    whoZh: "企业或个人通过平台卖给境外消费者，用邮政、快递或空运小包寄出（海关总署2014年第12号公告）。", whoEn: "A firm or individual sells to overseas consumers through a platform and ships by post, express or air parcel (GACC Ann. 12/2014).",
    declarationZh: "清单核放、汇总申报：申报清单逐票放行，每月15日前把上月清单汇总成报关单。综试区内符合条件的可“清单核放、汇总统计”。", declarationEn: "Lists checked and released, then summarised: by the 15th of each month the previous month's lists become customs declarations. In pilot zones qualifying firms may use list release with summary statistics.",
    filingsZh: "在海关登记跨境电商企业信息；自己申报的还要登记为报关单位（2018年第194号公告）。", filingsEn: "Register the CBEC firm's information with customs; firms declaring themselves also register as declarants (Ann. 194/2018).",
    documentsZh: "报关委托书、商品明细、装箱单、商业发票；需要时的许可证。", documentsEn: "Power of attorney, goods detail list, packing list, commercial invoice; licences where required.",
    source: `${S.modes} ; ${S.summary}`, verifiedOn: V,
  },
  {
    id: "9710", channel: "b2b", nameZh: "跨境电商B2B直接出口", nameEn: "CBEC B2B direct export",
    whoZh: "国内企业在跨境电商平台上和境外企业成交，直接发货给对方（海关总署2020年第75号公告）。", whoEn: "A domestic firm closes a deal with an overseas firm on a CBEC platform and ships directly to it (GACC Ann. 75/2020).",
    declarationZh: "报关单或申报清单；综试区出口可按4位HS编码简化申报清单。", declarationEn: "A customs declaration or a list; pilot-zone exports may use a simplified 4-digit-HS list.",
    filingsZh: "跨境电商企业、平台企业和物流企业在所在地海关办理报关单位备案。", filingsEn: "CBEC, platform and logistics firms register with local customs as customs-declaration units.",
    documentsZh: "报关委托书、商品明细、装箱单、商业发票；另需申请报告、跨境电商信息登记表、平台店铺证明。", documentsEn: "Power of attorney, goods list, packing list, invoice; plus application report, CBEC information registration form and platform-store credentials.",
    source: `${S.modes} ; ${S.documents}`, verifiedOn: V,
  },
  {
    id: "9810", channel: "overseas_warehouse", nameZh: "跨境电商出口海外仓", nameEn: "CBEC export to overseas warehouse",
    whoZh: "国内企业把货发到海外仓，再从海外仓卖出（B2B2C，2020年第75号公告）。", whoEn: "A domestic firm ships to an overseas warehouse and sells from there (B2B2C, Ann. 75/2020).",
    declarationZh: "同9710；仍要传输海外仓订单电子数据。", declarationEn: "As for 9710; warehouse-order e-data is still transmitted.",
    filingsZh: "2024年12月15日起取消海外仓备案（2024年第167号公告），但仍要传输海外仓订单数据。", filingsEn: "The overseas-warehouse filing was abolished from 15 Dec 2024 (Ann. 167/2024); warehouse-order data must still be sent.",
    documentsZh: "报关委托书、商品明细、装箱单、商业发票；需要时的许可证。", documentsEn: "Power of attorney, goods list, packing list, invoice; licences where required.",
    source: `${S.modes} ; ${S.ann167}`, verifiedOn: V,
  },
  {
    id: "1210", channel: "bonded", nameZh: "保税跨境贸易电子商务", nameEn: "Bonded e-commerce",
    whoZh: "货物经海关特殊监管区域或保税场所：出口时整批进区（B2B），再按零售小包出区（2014年第57号公告）。", whoEn: "Goods pass through a special customs supervision area or bonded site: for export they enter in bulk (B2B) and leave as retail parcels (Ann. 57/2014).",
    declarationZh: "整批入区，再逐票申报清单，汇总申报。", declarationEn: "Bulk entry into the zone, then a list per parcel and a summary declaration.",
    filingsZh: "在海关登记跨境电商企业信息，并与区内仓储企业签约。", filingsEn: "Register the CBEC firm with customs and contract a warehouse operator in the zone.",
    documentsZh: "入区报关单、申报清单、装箱单、商业发票。", documentsEn: "Zone-entry declaration, parcel lists, packing list, commercial invoice.",
    source: S.modes, verifiedOn: V,
  },
];

export const SEED_ZONES = [
  { id: "guiyang", nameZh: "贵阳综合保税区", nameEn: "Guiyang Comprehensive Bonded Zone", noteZh: "贵阳2018年获批跨境电商综合试验区。", noteEn: "Guiyang became a CBEC comprehensive pilot zone in 2018.", source: PAPER_004, verifiedOn: U },
  { id: "guian", nameZh: "贵安综合保税区", nameEn: "Gui'an Comprehensive Bonded Zone", noteZh: "", noteEn: "", source: PAPER_004, verifiedOn: U },
  { id: "zunyi", nameZh: "遵义综合保税区", nameEn: "Zunyi Comprehensive Bonded Zone", noteZh: "遵义2020年获批跨境电商综合试验区。", noteEn: "Zunyi became a CBEC pilot zone in 2020.", source: PAPER_004, verifiedOn: U },
];

const GUIYANG_CONFLICT_ZH = "论文003说已开通；论文001说一度只开通1210保税进口。请向贵阳综保区核实。";
const GUIYANG_CONFLICT_EN = "Paper 003 says it is open; paper 001 says only 1210 bonded import was open at one point. Check with the Guiyang zone.";

export const SEED_ZONE_MODES = [
  { id: "guiyang-9710", zoneId: "guiyang", modeId: "9710", status: "supported", noteZh: "", noteEn: "", source: PAPER_003, verifiedOn: U },
  { id: "guiyang-9810", zoneId: "guiyang", modeId: "9810", status: "supported", noteZh: "", noteEn: "", source: PAPER_003, verifiedOn: U },
  { id: "guiyang-1210", zoneId: "guiyang", modeId: "1210", status: "supported", noteZh: GUIYANG_CONFLICT_ZH, noteEn: GUIYANG_CONFLICT_EN, source: `${PAPER_003} ; ${PAPER_001}`, verifiedOn: U },
  { id: "guian-1210", zoneId: "guian", modeId: "1210", status: "unknown", noteZh: "资料没有说明贵安综保区开通了哪些跨境电商模式。", noteEn: "Our sources do not say which CBEC modes the Gui'an zone runs.", source: PAPER_004, verifiedOn: U },
  { id: "zunyi-1210", zoneId: "zunyi", modeId: "1210", status: "unknown", noteZh: "论文001说遵义综保区尚未形成实质运营能力。", noteEn: "Paper 001 says the Zunyi zone is not yet operating in substance.", source: PAPER_001, verifiedOn: U },
];

type Req = { id: string; step: number; categories: string; destinations: string; modes: string; titleZh: string; titleEn: string; issuerZh: string; issuerEn: string; place: string; timeZh?: string; timeEn?: string; costZh?: string; costEn?: string; detailZh?: string; detailEn?: string; source: string; verifiedOn: string | null };

const RCEP_MEMBERS = "VN,TH,LA,MY,JP";

export const SEED_REQUIREMENTS: Req[] = [
  { id: "cbec-registration", step: 10, categories: "*", destinations: "*", modes: "*", titleZh: "在海关登记跨境电商企业信息（自己报关的还要登记为报关单位）", titleEn: "Register your CBEC business with customs (and as a declarant if you declare yourself)", issuerZh: "所在地海关", issuerEn: "Your local customs office", place: "single_window", detailZh: "海关总署2018年第194号、2020年第75号公告。物流企业还要有快递业务经营许可证。", detailEn: "GACC Ann. 194/2018 and 75/2020. Logistics firms also need an express-delivery licence.", source: `${S.ann75} ; ${S.ann194}`, verifiedOn: V },
  { id: "e-port-certificate", step: 12, categories: "*", destinations: "*", modes: "*", titleZh: "办中国电子口岸IC卡或U盾（给电子数据签名）", titleEn: "Get a China Electronic Port IC card or USB key (to sign e-data)", issuerZh: "中国电子口岸", issuerEn: "China Electronic Port", place: "single_window", detailZh: "申报清单也可在 ceb2.chinaport.gov.cn 录入。", detailEn: "Lists can also be keyed in at ceb2.chinaport.gov.cn.", source: S.eport, verifiedOn: V },
  { id: "fx-directory", step: 14, categories: "*", destinations: "*", modes: "9710,9810,1210", titleZh: "在银行办理贸易外汇收支企业名录登记", titleEn: "Register in the directory of firms with trade FX receipts and payments at your bank", issuerZh: "开户银行", issuerEn: "Your bank", place: "bank", timeZh: "第一次收汇前办好", timeEn: "Before the first receipt", detailZh: "现在由银行直接办理（外汇局优化贸易外汇管理的通知；文号和日期未核实）。", detailEn: "Now handled directly by banks (SAFE circular on trade FX; its number and date are unverified).", source: S.directory, verifiedOn: V },
  { id: "export-food-producer-filing", step: 20, categories: "food", destinations: "*", modes: "*", titleZh: "出口食品生产企业备案", titleEn: "Export food producer filing", issuerZh: "企业住所地海关", issuerEn: "The customs office where the producer is domiciled", place: "customs_online", detailZh: "海关总署第249号令第42条。条件：有基于危害分析和预防控制的食品安全卫生控制体系，含食品防护计划。", detailEn: "GACC Decree 249, Art. 42. Condition: a food-safety control system based on hazard analysis and preventive controls, including a food-defence plan.", source: S.producerFiling, verifiedOn: V },
  { id: "plantation-filing", step: 22, categories: "tea,vegetable", destinations: "*", modes: "*", titleZh: "出口种植基地备案（茶叶、蔬菜等）", titleEn: "Export plantation filing (tea, vegetables and similar)", issuerZh: "所在地海关", issuerEn: "Local customs", place: "customs_online", detailZh: "只有列名原料需要：蔬菜（含食用菌）、茶叶、大米。批准名单在 credit.customs.gov.cn 公布。", detailEn: "Only for listed raw materials: vegetables (incl. edible fungi), tea, rice. Approved lists are published at credit.customs.gov.cn.", source: S.plantation, verifiedOn: V },
  { id: "orchard-registration", step: 22, categories: "fruit", destinations: "*", modes: "*", titleZh: "出口鲜果果园和包装厂注册登记", titleEn: "Orchard and packing-house registration for fresh fruit", issuerZh: "所在地海关", issuerEn: "Local customs", place: "customs_online", detailZh: "资料举的例子是猕猴桃和刺梨。", detailEn: "The source's examples are kiwifruit and Rosa roxburghii.", source: S.orchard, verifiedOn: V },
  { id: "vn-plant-quarantine", step: 30, categories: "tea,spice,fruit,vegetable,herb", destinations: "VN", modes: "*", titleZh: "植物检疫（越南）", titleEn: "Plant quarantine (Vietnam)", issuerZh: "出境地海关出具植物检疫证书；越南植保部门查验", issuerEn: "Chinese customs issues the phytosanitary certificate; Vietnam's plant-protection authority inspects", place: "customs_office", source: S.vn, verifiedOn: V },
  { id: "vn-self-declaration", step: 32, categories: "food", destinations: "VN", modes: "*", titleZh: "越南预包装和加工食品自我声明（第15/2018号法令）", titleEn: "Vietnam self-declaration for prepackaged and processed food (Decree 15/2018)", issuerZh: "越南进口商办理", issuerEn: "Done by the Vietnamese importer", place: "destination", source: S.vn, verifiedOn: V },
  { id: "th-fda-licence", step: 32, categories: "food", destinations: "TH", modes: "*", titleZh: "泰国进口商须持泰国FDA许可；高风险果蔬要附检测证书", titleEn: "Thai importer needs a Thai FDA licence; high-risk fruit and vegetables need a certificate of analysis", issuerZh: "泰国FDA（进口商办理）", issuerEn: "Thai FDA (via the importer)", place: "destination", timeZh: "果蔬残留风险监测自2020年8月1日起", timeEn: "Residue monitoring of fruit and vegetables since 1 Aug 2020", source: S.th, verifiedOn: V },
  { id: "th-tea-quota", step: 34, categories: "tea", destinations: "TH", modes: "*", titleZh: "泰国茶叶关税配额（配额内30%，配额外90%）", titleEn: "Thailand's tea tariff-rate quota (30% in quota, 90% out of quota)", issuerZh: "泰国对外贸易厅（DFT）分配", issuerEn: "Allocated by Thailand's Department of Foreign Trade (DFT)", place: "destination", source: S.thTea, verifiedOn: V },
  { id: "us-fda-registration", step: 30, categories: "food", destinations: "US", modes: "*", titleZh: "美国FDA食品企业注册（要指定美国代理人）", titleEn: "US FDA food facility registration (with a named US agent)", issuerZh: "美国食品药品监督管理局（FDA）", issuerEn: "US Food and Drug Administration (FDA)", place: "destination", timeZh: "每两年续期（偶数年10–12月）", timeEn: "Renew every two years (Oct–Dec of even years)", detailZh: "FSMA还要求美国进口商执行外国供应商验证计划（FSVP）。", detailEn: "Under FSMA the US importer must also run a Foreign Supplier Verification Program (FSVP).", source: S.usFda, verifiedOn: V },
  { id: "us-prior-notice", step: 60, categories: "food", destinations: "US", modes: "*", titleZh: "美国FDA预先通报（Prior Notice）", titleEn: "US FDA Prior Notice", issuerZh: "美国FDA", issuerEn: "US FDA", place: "destination", timeZh: "到港前：公路至少2小时，铁路或空运4小时，海运8小时", timeEn: "Before arrival: at least 2 h by road, 4 h by rail or air, 8 h by water", source: S.usPriorNotice, verifiedOn: V },
  { id: "eu-pesticide-mrl", step: 30, categories: "food", destinations: "DE", modes: "*", titleZh: "符合欧盟农药最大残留限量（(EC) 396/2005），出货前检测", titleEn: "Meet EU pesticide maximum residue levels (Reg. (EC) 396/2005); test before shipping", issuerZh: "有资质的检测机构", issuerEn: "An accredited laboratory", place: "destination", detailZh: "2011年起中国茶叶曾被按10%抽检农药。", detailEn: "Since a 2011 measure Chinese tea has been sampled for pesticides at 10%.", source: S.euMrl, verifiedOn: V },
  { id: "eu-increased-checks", step: 31, categories: "tea,spice", destinations: "DE", modes: "*", titleZh: "欧盟对部分第三国食品临时加强查验（(EU) 2019/1793）", titleEn: "EU temporary increased checks on listed goods (Reg. (EU) 2019/1793)", issuerZh: "欧盟边境检查站", issuerEn: "EU border control posts", place: "destination", detailZh: "中国茶叶或辣椒目前是否在名单上未核实。", detailEn: "Whether Chinese tea or chili is currently listed is unverified.", source: S.euMrl, verifiedOn: U },
  { id: "eu-organic-coi", step: 40, categories: "tea", destinations: "DE", modes: "*", titleZh: "按有机产品卖：每批货要有TRACES系统里的电子检验证书（COI）", titleEn: "Sold as organic: every consignment needs an electronic Certificate of Inspection in TRACES", issuerZh: "欧盟认可的控制机构", issuerEn: "An EU-recognised control body", place: "destination", detailZh: "法规(EU) 2018/848，授权法规2021/2306。", detailEn: "Reg. (EU) 2018/848, Delegated Reg. 2021/2306.", source: S.euOrganic, verifiedOn: V },
  { id: "jp-positive-list", step: 30, categories: "food", destinations: "JP", modes: "*", titleZh: "符合日本肯定列表：没有限量的农药按0.01 ppm一律标准", titleEn: "Meet Japan's Positive List: 0.01 ppm uniform limit where no MRL exists", issuerZh: "日本厚生劳动省", issuerEn: "Japan's Ministry of Health, Labour and Welfare", place: "destination", timeZh: "2006年5月29日起", timeEn: "Since 29 May 2006", source: S.jpPositive, verifiedOn: V },
  { id: "jp-aflatoxin", step: 31, categories: "spice", destinations: "JP", modes: "*", titleZh: "辣椒进日本要查黄曲霉毒素", titleEn: "Chili into Japan is inspected for aflatoxin", issuerZh: "日本厚生劳动省（命令检查）", issuerEn: "MHLW (ordered inspection)", place: "destination", source: S.jpAflatoxin, verifiedOn: V },
  { id: "rcep-origin", step: 45, categories: "*", destinations: RCEP_MEMBERS, modes: "*", titleZh: "RCEP原产地证书（或经核准出口商的原产地声明）", titleEn: "RCEP certificate of origin (or an approved exporter's declaration of origin)", issuerZh: "海关或贸促会（CCPIT）", issuerEn: "Customs or CCPIT", place: "ccpit", timeZh: "核准出口商资格3年有效；出具声明前先向海关备案商品名称和6位HS编码", timeEn: "Approved-exporter status lasts 3 years; file goods names and HS-6 codes with customs first", detailZh: "协定代码22。去新加坡、泰国、日本、新西兰、澳大利亚的证书是电子的；去文莱、老挝、越南、柬埔寨的要手签盖章（2022年情况）。", detailEn: "Agreement code 22. Certificates to Singapore, Thailand, Japan, New Zealand and Australia are electronic; to Brunei, Laos, Vietnam and Cambodia they are signed and sealed by hand (as of 2022).", source: S.rcepOrigin, verifiedOn: V },
  { id: "transaction-logistics-data", step: 50, categories: "*", destinations: "*", modes: "*", titleZh: "申报前通过“单一窗口”传输交易和物流电子数据", titleEn: "Send transaction and logistics e-data through the Single Window before declaring", issuerZh: "企业或代理人、物流企业", issuerEn: "You or your agent, and the logistics firm", place: "single_window", detailZh: "2024年12月15日起不再要求收款电子数据（2024年第167号公告）。数据真实性由企业负责。", detailEn: "Payment-receipt data is no longer required from 15 Dec 2024 (Ann. 167/2024). You are responsible for the data's accuracy.", source: `${S.singleWindowData} ; ${S.ann167}`, verifiedOn: V },
  { id: "export-documents", step: 52, categories: "*", destinations: "*", modes: "*", titleZh: "准备单证：报关委托书、商品明细、装箱单、商业发票，需要时的许可证", titleEn: "Prepare papers: power of attorney, goods list, packing list, commercial invoice, licences where required", issuerZh: "您自己（或报关代理）", issuerEn: "You (or your customs agent)", place: "single_window", source: S.documents, verifiedOn: V },
  { id: "list-9610", step: 55, categories: "*", destinations: "*", modes: "9610", titleZh: "9610：逐票申报清单，每月15日前汇总申报上月清单", titleEn: "9610: a list per parcel, and by the 15th each month a summary declaration of last month's lists", issuerZh: "海关", issuerEn: "Customs", place: "single_window", timeZh: "每月15日前", timeEn: "By the 15th of each month", source: S.summary, verifiedOn: V },
  { id: "declaration-9710", step: 55, categories: "*", destinations: "*", modes: "9710", titleZh: "9710：报关单或申报清单，另交申请报告、信息登记表、平台店铺证明", titleEn: "9710: declaration or list, plus application report, registration form and platform-store credentials", issuerZh: "海关", issuerEn: "Customs", place: "single_window", source: S.documents, verifiedOn: V },
  { id: "warehouse-order-9810", step: 55, categories: "*", destinations: "*", modes: "9810", titleZh: "9810：申报并传输海外仓订单数据（海外仓备案已取消）", titleEn: "9810: declare and send warehouse-order data (the warehouse filing is abolished)", issuerZh: "海关", issuerEn: "Customs", place: "single_window", source: S.ann167, verifiedOn: V },
  { id: "bonded-entry-1210", step: 55, categories: "*", destinations: "*", modes: "1210", titleZh: "1210：整批报关进综保区，出区时逐票申报清单", titleEn: "1210: declare the bulk entry into the bonded zone, then a list per parcel leaving it", issuerZh: "综保区海关", issuerEn: "Bonded-zone customs", place: "customs_office", source: S.modes, verifiedOn: V },
  { id: "tax-9610", step: 65, categories: "*", destinations: "*", modes: "9610", titleZh: "9610零售出口“无票免征”增值税和消费税；企业所得税可按4%应税所得率核定", titleEn: "9610 retail exports without purchase invoices: VAT and consumption-tax exemption; income tax at a deemed 4% rate", issuerZh: "税务局", issuerEn: "Tax bureau", place: "tax_bureau", detailZh: "财税〔2018〕103号，仅限综试区内；不适用于9710和9810。", detailEn: "Caishui [2018] No. 103, pilot zones only; not for 9710 or 9810.", source: S.tax9610, verifiedOn: V },
];

type Tariff = { id: string; productId: string; destinationId: string; mfnPercent: string | null; mfnTextZh?: string; mfnTextEn?: string; agreement: string | null; preferentialPercent: string | null; additionalPercent: string | null; noteZh?: string; noteEn?: string; source: string; verifiedOn: string | null };

export const SEED_TARIFFS: Tariff[] = [
  { id: "green-tea-US", productId: "green-tea", destinationId: "US", mfnPercent: "0", mfnTextZh: "0902.10.90 其他：免税；加味绿茶 0902.10.10：6.4%", mfnTextEn: "0902.10.90 other: free; flavoured 0902.10.10: 6.4%", agreement: null, preferentialPercent: null, additionalPercent: "7.5", noteZh: "中国原产另加7.5%（301条款，HTS 2025 Rev.10）；2025年其他对华加征未核实。", noteEn: "China origin pays an extra 7.5% (Section 301, HTS 2025 Rev. 10); other 2025 duties on Chinese goods are unverified.", source: S.usTea, verifiedOn: V },
  { id: "matcha-US", productId: "matcha", destinationId: "US", mfnPercent: "0", mfnTextZh: "按0902.10.90 其他：免税", mfnTextEn: "Under 0902.10.90 other: free", agreement: null, preferentialPercent: null, additionalPercent: "7.5", noteZh: "中国原产另加7.5%（301条款）。", noteEn: "China origin pays an extra 7.5% (Section 301).", source: S.usTea, verifiedOn: V },
  { id: "dried-chili-US", productId: "dried-chili", destinationId: "US", mfnPercent: null, mfnTextZh: "0904.21.60 其他：每千克2.5美分（从量税）", mfnTextEn: "0904.21.60 other: 2.5¢/kg (specific duty)", agreement: null, preferentialPercent: null, additionalPercent: null, source: S.usChili, verifiedOn: V },
  { id: "ground-chili-US", productId: "ground-chili", destinationId: "US", mfnPercent: null, mfnTextZh: "0904.22.76：每千克5美分（从量税）", mfnTextEn: "0904.22.76: 5¢/kg (specific duty)", agreement: null, preferentialPercent: null, additionalPercent: null, source: S.usChili, verifiedOn: V },
  { id: "green-tea-DE", productId: "green-tea", destinationId: "DE", mfnPercent: "3.2", agreement: null, preferentialPercent: null, additionalPercent: null, noteZh: "据信0902 10 00为3.2%，请查欧盟TARIC核实。", noteEn: "Believed to be 3.2% for 0902 10 00; check EU TARIC.", source: "customs-fx-markets.md §6 (believed, not sourced)", verifiedOn: U },
  { id: "green-tea-TH", productId: "green-tea", destinationId: "TH", mfnPercent: "30", mfnTextZh: "关税配额：配额内30%，配额外90%", mfnTextEn: "Tariff-rate quota: 30% in quota, 90% out of quota", agreement: "RCEP", preferentialPercent: null, additionalPercent: null, noteZh: "中国-东盟或RCEP优惠税率未核实。", noteEn: "The ACFTA or RCEP rate is unverified.", source: S.thTea, verifiedOn: V },
  { id: "green-tea-VN", productId: "green-tea", destinationId: "VN", mfnPercent: null, agreement: "ACFTA", preferentialPercent: null, additionalPercent: null, noteZh: "越南最惠国和RCEP税率未核实；中国-东盟自贸区下越南承诺2018年前90%税目降为0。", noteEn: "Vietnam's MFN and RCEP rates are unverified; under ACFTA Vietnam committed to 0% on 90% of lines by 2018.", source: S.vnAcfta, verifiedOn: U },
  { id: "green-tea-MY", productId: "green-tea", destinationId: "MY", mfnPercent: null, agreement: "ACFTA", preferentialPercent: "0", additionalPercent: null, noteZh: "中国-东盟自贸区：绿茶2009年起0%。", noteEn: "ACFTA: green tea 0% from 2009.", source: S.myAcfta, verifiedOn: V },
  { id: "matcha-MY", productId: "matcha", destinationId: "MY", mfnPercent: null, agreement: "ACFTA", preferentialPercent: "0", additionalPercent: null, noteZh: "按绿茶：中国-东盟自贸区2009年起0%。", noteEn: "As green tea: ACFTA 0% from 2009.", source: S.myAcfta, verifiedOn: V },
  { id: "black-tea-MY", productId: "black-tea", destinationId: "MY", mfnPercent: null, agreement: "ACFTA", preferentialPercent: "0", additionalPercent: null, noteZh: "中国-东盟自贸区：红茶2010年起0%。", noteEn: "ACFTA: black tea 0% from 2010.", source: S.myAcfta, verifiedOn: V },
  { id: "dried-chili-MY", productId: "dried-chili", destinationId: "MY", mfnPercent: null, agreement: "ACFTA", preferentialPercent: "0", additionalPercent: null, noteZh: "中国-东盟自贸区：辣椒（0904.20）2005年起0%。", noteEn: "ACFTA: capsicum (0904.20) 0% from 2005.", source: S.myAcfta, verifiedOn: V },
  { id: "ground-chili-MY", productId: "ground-chili", destinationId: "MY", mfnPercent: null, agreement: "ACFTA", preferentialPercent: "0", additionalPercent: null, noteZh: "中国-东盟自贸区：辣椒（0904.20）2005年起0%。", noteEn: "ACFTA: capsicum (0904.20) 0% from 2005.", source: S.myAcfta, verifiedOn: V },
];

type Rate = { currency: string; date: string; rate: string; quotation: "direct" | "indirect"; unit: number; source: string; verifiedOn: string | null };

const CFETS: [string, string, Record<string, string>][] = [
  ["2025-01-02", "https://japannews24.com/market-exchange-rates-in-china-jan-2", { USD: "7.1879", EUR: "7.4910", JPY: "4.6123", MYR: "0.61866", THB: "4.7132" }],
  ["2025-02-25", "http://china.org.cn/china/Off_the_Wire/2025-02/25/content_117731713.htm", { USD: "7.1726", EUR: "7.5322", JPY: "4.8137", MYR: "0.61288", THB: "4.6381" }],
  ["2025-07-16", "https://english.news.cn/20250716/3db1b089e64a4a81a08c406879f06b32/c.html", { USD: "7.1526", EUR: "8.3157", JPY: "4.8134", MYR: "0.59275", THB: "4.5346" }],
];
const QUOTE: Record<string, { quotation: "direct" | "indirect"; unit: number }> = { USD: { quotation: "direct", unit: 1 }, EUR: { quotation: "direct", unit: 1 }, JPY: { quotation: "direct", unit: 100 }, MYR: { quotation: "indirect", unit: 1 }, THB: { quotation: "indirect", unit: 1 }, VND: { quotation: "indirect", unit: 1 } };
const VCB = "Vietcombank 14 Jan 2025, CNY sell rate 3,519 VND (buy 3,410): https://vietnam.vn/en/ty-gia-ngoai-te-ngay-14-1-2025-dong-usd-va-ndt-tang-tro-lai";
// Illustrative demo dates: the reference has no 2026 rates, so these repeat the last published
// figures (CFETS 16 Jul 2025; Vietcombank 14 Jan 2025) and are stored as unverified.
export const ILLUSTRATIVE_RATE_DATES = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];
const ILLUSTRATIVE = "Illustrative demo value, not a published rate for this date (repeats CFETS 16 Jul 2025 / Vietcombank 14 Jan 2025)";

export const SEED_RATES: Rate[] = [
  ...CFETS.flatMap(([date, source, rates]) => Object.entries(rates).map(([currency, rate]) => ({ currency, date, rate, ...QUOTE[currency]!, source, verifiedOn: V }))),
  { currency: "VND", date: "2025-01-14", rate: "3519", ...QUOTE.VND!, source: VCB, verifiedOn: V },
  ...ILLUSTRATIVE_RATE_DATES.flatMap((date) => [...Object.entries(CFETS[2]![2]), ["VND", "3519"] as const].map(([currency, rate]) => ({ currency, date, rate, ...QUOTE[currency]!, source: ILLUSTRATIVE, verifiedOn: U }))),
];

export const SEED_FX_ROUTES = [
  { id: "payment-institution", kind: "payment_institution", nameZh: "持牌支付机构线上结汇", nameEn: "Online settlement through a licensed payment institution", howZh: "在手机或电脑上凭平台交易电子信息办理结汇，不用跑贵阳（汇发〔2019〕13号、〔2020〕11号）。", howEn: "Settle on a phone or computer against the platform's e-transaction data, no trip to Guiyang (Huifa [2019] No. 13, [2020] No. 11).", limitsZh: "2015年试点把单笔上限从1万美元提高到5万美元，机构须在外汇局登记。手续费请向机构询价（未核实）。", limitsEn: "The 2015 pilot raised the single-transaction cap from USD 10,000 to 50,000; institutions register with SAFE. Ask the institution for its fee (unverified).", tripCostFen: 0, feeBps: null, annualQuotaUsd: null, source: `${S.huifa11} ; ${S.payInst}`, verifiedOn: V },
  { id: "county-bank", kind: "bank", nameZh: "县里的银行网点（凭交易电子信息结汇）", nameEn: "A bank branch in your county (settlement on e-transaction data)", howZh: "银行可凭跨境电商交易电子信息办理结汇；可把海外仓储、物流、税费与出口收入轧差（汇发〔2020〕11号）。", howEn: "Banks may settle against CBEC e-transaction data and net overseas warehousing, logistics and tax costs against proceeds (Huifa [2020] No. 11).", limitsZh: "先问清楚县支行是否办理；手续费和路费未核实。", limitsEn: "Ask whether your county branch offers it; fees and travel costs are unverified.", tripCostFen: null, feeBps: null, annualQuotaUsd: null, source: S.huifa11, verifiedOn: V },
  { id: "personal-account", kind: "personal_account", nameZh: "个人外汇账户（每人每年5万美元便利额度）", nameEn: "Personal FX account (USD 50,000 a year facilitation quota)", howZh: "个人可以通过个人外汇账户结汇跨境电商收入（汇发〔2020〕11号）。", howEn: "Individuals may settle CBEC proceeds through personal FX accounts (Huifa [2020] No. 11).", limitsZh: "结汇和购汇每人每年各5万美元，超过要提供证明材料。有交易单据或电子数据的跨境电商结汇据说不占额度（二手解读，未核实）。", limitsEn: "USD 50,000 per person per year each for settlement and purchase; above that you need supporting documents. CBEC settlement backed by transaction data reportedly does not use the quota (secondary reading, unverified).", tripCostFen: null, feeBps: null, annualQuotaUsd: 50000, source: `${S.huifa11} ; ${S.quota} ; ${S.quotaReading}`, verifiedOn: V },
  { id: "guiyang-trip", kind: "bank", nameZh: "到贵阳的银行办理（现在多数人的做法）", nameEn: "Travel to a bank in Guiyang (what most sellers do today)", howZh: "2023年调研：78%的乡村经营主体要自己去贵阳结汇，每次往返超过800元。", howEn: "2023 survey: 78% of rural sellers travel to Guiyang to settle FX, over 800 yuan per round trip.", limitsZh: "平台目标是把每次结汇成本降到50元以内。", limitsEn: "The platform's target is under 50 yuan per settlement.", tripCostFen: 80000, feeBps: null, annualQuotaUsd: null, source: PAPER_002, verifiedOn: U },
];

export const SEED_RELIEF_RULES = [
  { id: "return-relief-2023", modes: "1210,9610,9710,9810", months: 6, exportFrom: "2023-01-30", exportUntil: "2025-12-31", excludesFood: true, textZh: "因滞销或退货，6个月内原状退回的跨境电商出口货物，免征进口关税、进口环节增值税和消费税，已征出口关税退还；出口退税要补缴。食品除外。1210从出区之日起算6个月。", textEn: "CBEC exports returned in their original state within 6 months because unsold or returned by the buyer: no import duty, import VAT or consumption tax, and export duty already paid is refunded; any export VAT rebate must be repaid. Food is excluded. For 1210 the 6 months run from leaving the zone.", source: S.relief2023, verifiedOn: V },
  { id: "return-relief-2026", modes: "1210,9610,9710,9810", months: 6, exportFrom: "2026-02-06", exportUntil: null, excludesFood: true, textZh: "据报道2026年第16号公告（2026年2月6日）延续政策：6个月内原状退回免征进口环节增值税和消费税。是否免进口关税、是否仍排除食品、适用日期均未核实。", textEn: "A follow-on policy, No. 16 of 2026 (6 Feb 2026), reportedly exempts import VAT and consumption tax on original-state returns within 6 months. Whether import duty is covered, whether food is still excluded and the dates it applies from are unverified.", source: S.relief2026, verifiedOn: U },
];

export const SEED_NOTES = [
  { id: "miao-embroidery-class", products: "miao-embroidery", destinations: "*", titleZh: "苗绣怎么归类：绣片5810，成品按第61–63章", titleEn: "Classifying Miao embroidery: piece goods 5810, finished articles Ch. 61–63", bodyZh: "单独的绣片、图案按面料归5810.91（棉）、5810.92（化纤）或5810.99；缝成衣服、围巾、抱枕套等成品，归第61–63章（服装、家纺），税率和要求都不同。报关前先确定卖的是绣片还是成品。", bodyEn: "Separate embroidered pieces and motifs go to 5810.91 (cotton), 5810.92 (man-made) or 5810.99; made up into garments, scarves or cushion covers they go to Ch. 61–63 (clothing, home textiles), with different rates and rules. Decide which you sell before declaring.", source: `https://apl2.czso.cz/iSMS/en/klaspol_prn.jsp?ciselid=1012976&kodcis=5653&kodklas=80120 ; https://hscodeatlas.com/product/synthetic-embroidery-hs-code`, verifiedOn: V },
  { id: "miao-embroidery-papers", products: "miao-embroidery", destinations: "*", titleZh: "论文：苗绣品类界定模糊、易碎损耗高", titleEn: "The papers: Miao embroidery's category is unclear and losses are high", bodyZh: "论文002指出苗绣等非遗手工艺品“通关品类界定模糊”，跨境出口损耗率约18%（茶叶约5%）。", bodyEn: "Paper 002 reports that Miao embroidery's customs category is unclear and its export loss rate is about 18% (tea about 5%).", source: PAPER_002, verifiedOn: U },
  { id: "tea-organic", products: "green-tea,black-tea,matcha", destinations: "*", titleZh: "茶叶的有机认证", titleEn: "Organic certification for tea", bodyZh: "按有机产品卖到欧盟，每批货都要有欧盟认可控制机构在TRACES系统出具的电子检验证书。美国、中国的有机认证各自另办。", bodyEn: "To sell as organic in the EU, every consignment needs an electronic Certificate of Inspection in TRACES from an EU-recognised control body. US and Chinese organic certification are separate.", source: S.euOrganic, verifiedOn: V },
  { id: "chili-japan-aflatoxin", products: "dried-chili,ground-chili,chili-sauce", destinations: "JP", titleZh: "辣椒进日本：黄曲霉毒素检查", titleEn: "Chili into Japan: aflatoxin checks", bodyZh: "日本厚生劳动省命令对辣椒和红辣椒检查黄曲霉毒素；没有限量的农药残留按0.01 ppm一律标准。出货前送检可以避免整批退运。", bodyEn: "Japan's MHLW orders aflatoxin inspection of chili and red peppers; pesticides with no MRL face the 0.01 ppm uniform limit. Testing before shipping avoids a whole consignment being sent back.", source: `${S.jpAflatoxin} ; ${S.jpPositive}`, verifiedOn: V },
  { id: "us-additional-duties", products: "*", destinations: "US", titleZh: "美国对中国商品的加征关税", titleEn: "US additional duties on Chinese goods", bodyZh: "绿茶：中国原产另加7.5%（301条款，HTS 2025 Rev.10）。论文003说2025年4月美国对华关税由104%提高到125%，2025年贵州抹茶对北美出口36吨；这些2025年加征的现行税率未核实，发货前请查最新税则。", bodyEn: "Green tea: China origin pays an extra 7.5% (Section 301, HTS 2025 Rev. 10). Paper 003 says US tariffs on Chinese goods rose from 104% to 125% in April 2025 and Guizhou sent 36 t of matcha to North America in 2025; the 2025 additional duties now in force are unverified — check the current tariff before shipping.", source: `${S.usTea} ; ${PAPER_003}`, verifiedOn: U },
  { id: "matcha-class", products: "matcha", destinations: "*", titleZh: "抹茶归类", titleEn: "Classifying matcha", bodyZh: "抹茶粉仍按茶叶0902申报（例如“有机抹茶”按09021090）；速溶茶和茶提取物归2101.20。", bodyEn: "Matcha powder is declared as tea under 0902 (e.g. \"organic matcha\" under 09021090); instant tea and tea extracts go to 2101.20.", source: "http://hscode.wjccx.com/0902109000.html ; https://hsciq.com/HSUS/Search/2?keywords=2101", verifiedOn: V },
  { id: "konjac-noodles", products: "konjac", destinations: "*", titleZh: "魔芋面条归1901.90", titleEn: "Konjac noodles go to 1901.90", bodyZh: "欧盟第973/2014号条例和美国海关裁定把魔芋面条归入1901.90，不按魔芋原料归类。", bodyEn: "EU Reg. 973/2014 and a US CBP ruling class konjac noodles under 1901.90, not as raw konjac.", source: "https://lexaris.de/book/version/documentflat/head/2019768 ; https://checkoutapi.com/rulings/docview?doc_id=HQ+H089804", verifiedOn: V },
  { id: "eu-tea-pesticides", products: "green-tea,black-tea,matcha", destinations: "DE", titleZh: "欧盟对中国茶叶的农药抽检", titleEn: "EU pesticide sampling of Chinese tea", bodyZh: "2011年起欧盟对中国茶叶按10%抽检农药；(EU) 2019/1793 目前是否列有中国茶叶未核实。", bodyEn: "Since 2011 the EU has sampled 10% of Chinese tea for pesticides; whether Reg. 2019/1793 currently lists Chinese tea is unverified.", source: S.euMrl, verifiedOn: V },
  { id: "laos-chili", products: "dried-chili,ground-chili", destinations: "LA", titleZh: "老挝：辣椒采购合同和外汇规定", titleEn: "Laos: a chili contract and FX rules", bodyZh: "2024年老挝签了2800万美元的辣椒采购合同（论文数据，未核实）。2025年起老挝个人外汇交易超过1000美元要说明用途。我们没有找到老挝对辣椒的具体进口要求。", bodyEn: "Laos signed a USD 28 million chili purchase contract in 2024 (papers' figure, unverified). Since 2025 individual FX transactions in Laos above USD 1,000 must state their purpose. We found no product-specific import requirements for Laos.", source: `${PAPER_002} ; ${S.laoFx}`, verifiedOn: U },
  { id: "no-requirements-found", products: "*", destinations: "LA,MY,MM,HK", titleZh: "这个市场的产品要求还没查到", titleEn: "Product requirements for this market not yet found", bodyZh: "我们的资料没有找到这个市场对农产品的具体进口要求。发货前请向买家、报关行或服务站核实。", bodyEn: "Our sources found no product-specific import requirements for this market. Check with the buyer, a customs broker or your station before shipping.", source: "customs-fx-markets.md §3 (no source found)", verifiedOn: U },
];
