using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WalletLoyalty.Imports;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Imports;

/// <summary>Bulk CSV imports of members and purchases, their progress and the personal join links they produce (docs/import.md).</summary>
public static class ImportsApi
{
    public static void MapImportsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireApiKey(AccessPolicies.Marketer).WithTags("Imports");
        api.MapPost("/programs/{program}/imports", UploadAsync).WithSummary("Upload a CSV file of members or purchases to import")
            .Accepts<string>("text/csv");
        api.MapGet("/imports/{id:long}", GetAsync).WithSummary("An import's progress and refused lines");
        api.MapGet("/imports/{id:long}/links.csv", LinksAsync).WithSummary("The personal join links of the members an import created, as CSV")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv"); // a stream result does not declare its type
    }

    private static async Task<Results<Accepted<ImportAccepted>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> UploadAsync(
        string program, string? kind, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, ImportFolder folder, ImportJobs jobs,
        ImportSignal signal, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || !user.MaySee(program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        if (ImportKind.ColumnsOf(kind) is null)
        {
            return Problems.Invalid("kind", "kind must be 'members' or 'purchases'.");
        }
        var (fileName, tooLarge) = await CsvUpload.SaveAsync(request, folder, kind!, options.Value.MaxUploadBytes, cancellationToken);
        if (fileName is null)
        {
            return tooLarge!;
        }
        var (rows, problem) = CountRows(folder.PathOf(fileName), kind!);
        if (problem is not null)
        {
            folder.Delete(fileName);
            return Problems.Invalid("file", problem);
        }
        var job = await jobs.CreateAsync(program, kind!, fileName, rows, user.ActorOf(), cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/imports/{job.Id}", new ImportAccepted(job.Id));
    }

    private static (long Rows, string? Problem) CountRows(string path, string kind)
    {
        var (file, problem) = ImportFile.Open(path, kind);
        if (file is null)
        {
            return (0, problem);
        }
        using (file)
        {
            try
            {
                return (file.CountRemaining(), null);
            }
            catch (Exception ex) when (ex is CsvHelper.CsvFormatException or CsvHelper.CsvValidationException)
            {
                return (0, "the file is not valid CSV: " + ex.Message);
            }
        }
    }

    private static async Task<Results<Ok<ImportView>, NotFoundProblem>> GetAsync(long id, ClaimsPrincipal user, ImportJobs jobs, CancellationToken cancellationToken)
    {
        if (await jobs.FindAsync(id, cancellationToken) is not { } job || !user.MaySee(job.ProgramId))
        {
            return NotFound(id);
        }
        return TypedResults.Ok(ImportView.Of(job, await jobs.ErrorsAsync(id, cancellationToken)));
    }

    private static async Task<Results<PushStreamHttpResult, NotFoundProblem>> LinksAsync(
        long id, HttpRequest request, ClaimsPrincipal user, ImportJobs jobs, JoinLinks links, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (await jobs.FindAsync(id, cancellationToken) is not { } job || !user.MaySee(job.ProgramId) || job.Kind != ImportKind.Members)
        {
            return Problems.NotFound($"No import {id} of members for this key.");
        }
        var baseUrl = urls.BaseUrl(request);
        return TypedResults.Stream(body => JoinLinksCsv.WriteAsync(body, links, job.Id, baseUrl, job.ProgramId, cancellationToken),
            "text/csv; charset=utf-8", $"import-{job.Id}-join-links.csv");
    }

    private static NotFoundProblem NotFound(long id) => Problems.NotFound($"No import {id} for this key.");
}
