// Fields of the warehouse maintenance form, shared by the client form and its server-side props.
export const WAREHOUSE_FIELDS = [
  "code", "nameZh", "nameEn", "countryCode", "cityZh", "cityEn", "operatorZh", "operatorEn", "kind", "openingDate",
  "ambientCapacityM3", "coldCapacityM3", "ambientFreeDays", "ambientTiers", "coldFreeDays", "coldTiers",
  "inboundYuanPerM3", "outboundYuanPerOrder", "subsidyPercent", "subsidyCapYuan",
] as const;
export type WarehouseField = (typeof WAREHOUSE_FIELDS)[number];
