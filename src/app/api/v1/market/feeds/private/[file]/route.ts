export { privateFeedHandler as GET } from "@/modules/market/api";
