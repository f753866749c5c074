using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Join;

public static class LandingStyles
{
    public static string Css(PassColors colors) => $$"""
        :root { --brand: {{colors.Background}}; --on-brand: {{colors.Foreground}}; --accent: {{colors.Label}}; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; background: #f6f2ec; color: #2a211c; }
        .brand { background: var(--brand); padding: 18px 20px 64px; display: flex; justify-content: center; }
        .logo { height: 44px; }
        main { max-width: 30rem; margin: -48px auto 0; padding: 0 20px 40px; }
        .card { background: var(--brand); color: var(--on-brand); border-radius: 16px; overflow: hidden; box-shadow: 0 10px 30px rgba(0,0,0,.25); }
        .card-top { display: flex; justify-content: space-between; align-items: center; padding: 12px 14px; }
        .card-top img { height: 30px; }
        .points { text-align: right; line-height: 1.1; }
        .points span { display: block; font-size: 11px; letter-spacing: .08em; color: var(--accent); }
        .points strong { font-size: 22px; }
        .strip { display: block; width: 100%; aspect-ratio: 375 / 123; object-fit: cover; }
        .card-bottom { display: flex; justify-content: space-between; padding: 12px 14px; font-size: 15px; }
        h1 { font-size: 1.6rem; line-height: 1.2; margin: 28px 0 8px; }
        .lead { margin: 0 0 20px; color: #4a3f38; }
        label.name { display: block; font-weight: 600; margin-bottom: 20px; }
        label.name small { font-weight: 400; color: #6b5f57; }
        label.name input { display: block; width: 100%; margin-top: 6px; padding: 12px 14px; font-size: 17px; border: 1px solid #cbbfb4; border-radius: 10px; background: #fff; }
        .buttons { display: flex; flex-direction: column; align-items: center; gap: 16px; }
        .wallet-button { display: inline-block; line-height: 0; border-radius: 10px; }
        .wallet-button svg { height: 56px; width: auto; }
        .wallet-button:focus-visible { outline: 3px solid var(--accent); outline-offset: 4px; }
        .on-phone { display: flex; gap: 16px; align-items: center; margin-top: 28px; padding: 16px; background: #fff; border-radius: 12px; }
        .on-phone .qr svg { width: 132px; height: 132px; display: block; }
        .on-phone p { margin: 0; font-size: 15px; }
        .fine { margin-top: 28px; font-size: 14px; color: #6b5f57; text-align: center; }
        @media (min-width: 720px) { main { margin-top: -40px; } h1 { font-size: 2rem; } }
        """;
}
