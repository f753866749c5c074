using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Wallets.Google;

[Trait("Category", "Database")]
public sealed class GoogleCallbackBodyTests : IAsyncLifetime
{
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(_google.Configure);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task ACallbackBodyThatNeverEndsIsRefusedOnceItPassesTheLimit()
    {
        // A raw connection, so the answer can be read while the body is still being sent: a server that reads to
        // the end before it checks the size never answers this request.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_service.BaseAddress.Host, _service.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST /google/callbacks HTTP/1.1\r\nHost: {_service.BaseAddress.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        var answer = new StreamReader(stream, System.Text.Encoding.ASCII).ReadLineAsync();
        var chunk = System.Text.Encoding.ASCII.GetBytes("1000\r\n" + new string(' ', 0x1000) + "\r\n");
        long sent = 0;
        while (!answer.IsCompleted)
        {
            try
            {
                await stream.WriteAsync(chunk);
                sent += chunk.Length;
            }
            catch (IOException)
            {
                break; // the server answered and closed the connection
            }
        }

        Assert.StartsWith("HTTP/1.1 413", await answer, StringComparison.Ordinal);
        // Kestrel's own cap (30 MB) would answer 413 as well, but only after buffering 30 MB; what was sent beyond the
        // 16 KB read is what the sockets buffered before the answer came.
        Assert.True(sent < 30_000_000, $"{sent} bytes were taken before the answer");
    }

    [Fact]
    public async Task ACallbackThatIsNotUtf8IsRefusedAsUnverified()
    {
        using var content = new ByteArrayContent([0x7b, 0xff, 0xfe, 0x7d]);

        using var response = await _service.Client.PostAsync("/google/callbacks", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
