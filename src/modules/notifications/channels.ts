import "server-only";
import type { Locale } from "@/i18n/settings";

/**
 * A way to push a notification out of the portal. SMS and WeChat adapters implement this
 * and are registered with `registerDeliveryChannel`; NOTIFY_CHANNELS (comma-separated
 * names, default "dev_log", "none" for no push) chooses which ones run.
 *
 * `send` gets the rendered text in the recipient's language and the recipient's user id —
 * an adapter that needs a phone number or a WeChat openid looks it up itself, so personal
 * data never passes through the dispatcher or its logs. Throw to report a failure: the
 * dispatcher records it on the delivery row and the inbox shows it.
 */
export type DeliveryMessage = { notificationId: string; userId: string; locale: Locale; text: string; link: string | null };

export type DeliveryChannel = { name: string; send(message: DeliveryMessage): Promise<void> };

/** Development adapter: one log line without the text or anything that identifies the person. */
export const devLogChannel: DeliveryChannel = {
  name: "dev_log",
  async send(message) {
    console.info(`[notify:dev_log] notification ${message.notificationId} delivered (${message.text.length} chars, ${message.locale})`);
  },
};

const registry = new Map<string, DeliveryChannel>([[devLogChannel.name, devLogChannel]]);

export function registerDeliveryChannel(channel: DeliveryChannel): void {
  registry.set(channel.name, channel);
}

function configuredNames(): string[] {
  const raw = process.env.NOTIFY_CHANNELS ?? "dev_log";

  return raw.split(",").map((s) => s.trim()).filter((s) => s && s !== "none");
}

/** Channel names a new notification gets a delivery row for. An unknown name still gets rows, which then fail visibly. */
export function activeChannelNames(): string[] {
  return configuredNames();
}

export function findChannel(name: string): DeliveryChannel | undefined {
  return registry.get(name);
}
