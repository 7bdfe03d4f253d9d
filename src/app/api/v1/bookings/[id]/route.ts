import { bookingDto } from "@/modules/warehouse/dto";
import { cancelBooking, getMyBooking } from "@/modules/warehouse/service";
import { withApi } from "@/server/api";

export const GET = withApi<{ id: string }>(async ({ actor, params }) => Response.json(bookingDto(await getMyBooking(actor, params.id))), { permission: "warehouse.book" });

/** Cancels the booking and frees its capacity at once; 409 when the goods have already arrived. */
export const DELETE = withApi<{ id: string }>(async ({ actor, params }) => Response.json(bookingDto(await cancelBooking(actor, params.id))), { permission: "warehouse.book" });
