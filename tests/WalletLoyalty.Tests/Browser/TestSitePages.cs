namespace WalletLoyalty.Tests.Browser;

/// <summary>The HTML the browser harness tests run against.</summary>
internal static class TestSitePages
{
    public const string Form = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Harness form</title>
        </head>
        <body>
          <input id="entry" aria-label="Entry">
          <button id="add" type="button">Add</button>
          <p id="status">Nothing clicked yet</p>
          <ul id="entries"></ul>
          <script>
            const entry = document.getElementById('entry');
            const status = document.getElementById('status');
            let clicks = 0;
            entry.addEventListener('keydown', event => {
              if (event.key !== 'Enter') return;
              const item = document.createElement('li');
              item.textContent = entry.value;
              document.getElementById('entries').append(item);
              entry.value = '';
            });
            document.getElementById('add').addEventListener('click', () => {
              clicks += 1;
              status.textContent = `Clicked ${clicks} time(s)`;
            });
          </script>
        </body>
        </html>
        """;

    // Both errors happen while the document parses, so they are reported before its load event.
    public const string Failing = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Harness failure</title></head>
        <body>
          <p>This page fails on purpose.</p>
          <script>console.error('Loyalty card missing');</script>
          <script>throw new Error('Deliberate failure');</script>
        </body>
        </html>
        """;
}
