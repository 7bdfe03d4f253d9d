export { listItemsHandler as GET } from "@/modules/market/api";
