// What a form action returns: messages are already translated on the server, so no
// translation catalogue ships to the phone.
export type FormState = {
  status: "idle" | "error" | "ok";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
