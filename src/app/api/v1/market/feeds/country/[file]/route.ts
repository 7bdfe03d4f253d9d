export { countryFeedHandler as GET } from "@/modules/market/api";
