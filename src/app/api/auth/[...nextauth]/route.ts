import NextAuth from "next-auth";
import { authOptions } from "@/server/auth-options";

// Options are built per request so `next build` never needs the secrets.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
