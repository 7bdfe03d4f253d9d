export { productFeedHandler as GET } from "@/modules/market/api";
