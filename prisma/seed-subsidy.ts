// Subsidy programmes (every row of reference/policies.md, in force and proposed) and demo
// screening answers for the seeded market subjects. Idempotent: a programme version that
// exists is never touched again (published versions never change; the triggers say so too).
import { parseSeedProgrammes } from "../src/modules/subsidy/seed-programmes";
import { ZFacts, type TProgrammeVersion } from "../src/modules/subsidy/schemas";
import { toVersionData } from "../src/modules/subsidy/version-columns";
import type { TFacts } from "../src/modules/subsidy/domain/facts";
import type { Db } from "../src/server/db";

const yuan = (amount: number): number => amount * 100;

function versionColumns(version: TProgrammeVersion) {
  return { programmeId: version.programmeId, version: version.version, status: version.status, ...toVersionData(version) };
}

// What the seeded subjects told the questionnaire. The spread follows seed 002 §4.1: 80%
// of rural CBEC subjects turn over less than 1,000,000 a year, so only the larger firms
// reach today's 5,000,000 CBEC threshold; a handful sit between 500,000 and 5,000,000 —
// the ones a lower threshold would reach (the simulation's demo).
const DEMO_ANSWERS: Record<string, TFacts> = {
  // The demo applicant's cooperative: no training answers, so the applications demo still asks them.
  湄潭县茶香农民专业合作社: { annualTurnoverFen: yuan(1_100_000), annualCbecTurnoverFen: yuan(800_000), holdsGreenCertification: true },
  遵义市播州区红辣椒农民专业合作社: { annualTurnoverFen: yuan(650_000), annualCbecTurnoverFen: yuan(300_000) },
  湄潭兰馨抹茶有限公司: { annualTurnoverFen: yuan(3_200_000), annualCbecTurnoverFen: yuan(1_800_000), overseasWarehouseInvestmentFen: 0 },
  遵义虾子辣椒食品有限公司: { annualTurnoverFen: yuan(2_600_000), annualCbecTurnoverFen: yuan(900_000), smallParcelFreightFen: yuan(4_000) },
  贵州江口梵净抹茶有限公司: { annualTurnoverFen: yuan(12_000_000), annualCbecTurnoverFen: yuan(6_500_000), overseasWarehouseInvestmentFen: yuan(8_000_000) },
  龙里县刺梨饮品有限公司: { annualTurnoverFen: yuan(1_500_000), annualCbecTurnoverFen: yuan(600_000) },
  雷山县控拜银饰工艺品有限公司: { annualTurnoverFen: yuan(900_000), annualCbecTurnoverFen: yuan(400_000), fragileGoods: ["silverware"], fragileInsurancePremiumFen: yuan(3_000) },
  仁怀市小曲白酒坊有限公司: { annualTurnoverFen: yuan(4_000_000), annualCbecTurnoverFen: yuan(200_000) },
  威宁高原果品贸易有限公司: { annualTurnoverFen: yuan(1_200_000), annualCbecTurnoverFen: yuan(150_000) },
  台江县施洞苗绣专业合作社: { annualTurnoverFen: yuan(700_000), annualCbecTurnoverFen: yuan(520_000), fragileGoods: ["miao_embroidery"], fragileInsurancePremiumFen: yuan(2_000) },
  都匀市毛尖茶叶专业合作社: { annualTurnoverFen: yuan(950_000), annualCbecTurnoverFen: yuan(450_000), holdsGreenCertification: true },
  修文县猕猴桃专业合作社: { annualTurnoverFen: yuan(800_000), annualCbecTurnoverFen: yuan(120_000) },
  田永贵: { annualTurnoverFen: yuan(90_000), annualCbecTurnoverFen: yuan(20_000), completedRecognisedTraining: true, peopleTrained: 1 },
};

export async function seedSubsidy(db: Db): Promise<{ versionsCreated: number; answersCreated: number }> {
  const { programmes, versions } = parseSeedProgrammes();
  for (const programme of programmes) {
    const data = { department: programme.department, nameZh: programme.names["zh-CN"], nameEn: programme.names.en };
    await db.programme.upsert({ where: { id: programme.id }, create: { id: programme.id, ...data }, update: data, select: { id: true } });
  }
  let versionsCreated = 0;
  for (const version of versions) {
    const existing = await db.programmeVersion.findUnique({ where: { programmeId_version: { programmeId: version.programmeId, version: version.version } }, select: { id: true } });
    if (existing) continue;
    await db.programmeVersion.create({ data: { ...versionColumns(version), editorIds: "[]" }, select: { id: true } });
    versionsCreated += 1;
  }
  let answersCreated = 0;
  for (const [name, facts] of Object.entries(DEMO_ANSWERS)) {
    const subject = await db.marketSubject.findFirst({ where: { name }, select: { id: true, ownerId: true, screeningAnswers: { select: { id: true } } } });
    if (!subject || subject.screeningAnswers) continue;
    await db.screeningAnswers.create({ data: { subjectId: subject.id, facts: JSON.stringify(ZFacts.parse(facts)), asOf: "2026-11-01", savedById: subject.ownerId }, select: { id: true } });
    answersCreated += 1;
  }

  return { versionsCreated, answersCreated };
}
