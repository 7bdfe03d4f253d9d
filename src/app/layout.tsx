import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { getLargeText, getT } from "@/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("common");

  return { title: { default: t("portal.name"), template: `%s · ${t("portal.name")}` }, description: t("portal.tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#065f46" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getT("common");
  const largeText = await getLargeText();

  return (
    <html lang={locale} className={largeText ? "large-text" : undefined}>
      <body className="min-h-screen bg-stone-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-amber-300 focus:p-2">
          {t("skip_to_content")}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
