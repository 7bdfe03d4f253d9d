export { getItemHandler as GET } from "@/modules/market/api";
