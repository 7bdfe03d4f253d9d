import { describe, expect, it } from "vitest";
import { maskBankAccount, maskIdentifier, maskPhone } from "./masking";

describe("maskIdentifier", () => {
  it("keeps the first 4 and last 4 of an 18-character identifier", () => {
    expect(maskIdentifier("520102199003071234")).toBe("5201**********1234");
    expect(maskIdentifier("91350100M000100Y43")).toBe("9135**********0Y43");
  });

  it("keeps the length and trims surrounding whitespace", () => {
    const masked = maskIdentifier(" 11010519491231002X ");
    expect(masked).toBe("1101**********002X");
    expect(masked).toHaveLength(18);
  });

  it("masks short values entirely rather than revealing most of them", () => {
    expect(maskIdentifier("12345678")).toBe("********");
    expect(maskIdentifier("123456789")).toBe("1234*6789");
    expect(maskIdentifier("")).toBe("");
  });
});

describe("maskPhone", () => {
  it("shows the 3-digit prefix and last 4 of a mainland mobile", () => {
    expect(maskPhone("13800000001")).toBe("138****0001");
  });

  it("ignores spaces and dashes and keeps a country prefix", () => {
    expect(maskPhone("138 0000 0001")).toBe("138****0001");
    expect(maskPhone("138-0000-0001")).toBe("138****0001");
    expect(maskPhone("+8613800000001")).toBe("+86138****0001");
    expect(maskPhone("008613800000001")).toBe("0086138****0001");
  });

  it("shows only the last 4 of other numbers", () => {
    expect(maskPhone("085185551234")).toBe("********1234");
    expect(maskPhone("1234")).toBe("****");
  });
});

describe("maskBankAccount", () => {
  it("shows only the last 4", () => {
    expect(maskBankAccount("6222021234567890123")).toBe("***************0123");
    expect(maskBankAccount("6222 0212 3456 7890 123")).toBe("***************0123");
  });

  it("masks values of 4 or fewer characters entirely", () => {
    expect(maskBankAccount("1234")).toBe("****");
  });
});
