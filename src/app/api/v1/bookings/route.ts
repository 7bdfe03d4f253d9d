import { bookingDto } from "@/modules/warehouse/dto";
import { listMyBookings } from "@/modules/warehouse/service";
import { withApi } from "@/server/api";

export const GET = withApi(async ({ actor }) => Response.json({ bookings: (await listMyBookings(actor)).map(bookingDto) }), { permission: "warehouse.book" });
