using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Security;

namespace WalletLoyalty.Imports;

/// <summary>
/// Writes a batch of members in the caller's transaction, set-based: each new member with their store card,
/// personal join link, opening balance (one 'import' ledger entry) and consent. A member whose external_id the
/// program already has is left as it is, so a second run of the same file changes nothing.
/// </summary>
public static class MemberBatch
{
    public const string ConsentTextVersion = "import";

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, ImportJob job,
        IReadOnlyList<MemberRow> rows, DateTimeOffset now)
    {
        var externalIds = rows.Select(r => r.ExternalId).Distinct().ToList();
        var existing = (await connection.QueryAsync<string>(
            $"SELECT external_id FROM members WHERE program_id = @programId AND {ImportLists.In(connection, "external_id", "@externalIds")}",
            new { programId = program.Id, externalIds = ImportLists.Of(connection, externalIds) }, transaction)).ToHashSet();
        var fresh = new List<NewMember>();
        foreach (var row in rows)
        {
            if (existing.Add(row.ExternalId))
            {
                fresh.Add(NewMember.For(row));
            }
        }
        if (fresh.Count == 0)
        {
            return;
        }
        await DrawFreeNumbersAsync(connection, transaction, program.Id, fresh);
        var shared = new
        {
            programId = program.Id, importId = job.Id, apiKeyId = job.ApiKeyId, now, entryTier = program.EntryTier,
            language = Languages.ShopperLanguage.Default, modifiedAt = now.ToUnixTimeSeconds(),
            tag = await PassChanges.NextTagAsync(connection, transaction), textVersion = ConsentTextVersion,
        };
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            await WriteRowByRowAsync(connection, transaction, program, job, fresh, shared.tag, now);
            return;
        }
        await new RowValues<NewMember>("imported", fresh)
            .Text("member_code", m => m.MemberCode).Text("member_number", m => m.MemberNumber)
            .Text("first_name", m => m.Row.FirstName).Text("last_name", m => m.Row.LastName)
            .Text("email", m => m.Row.Email).Text("phone", m => m.Row.Phone).Text("birthday", m => m.Row.Birthday)
            .Text("external_id", m => m.Row.ExternalId).Boolean("marketing_consent", m => m.Row.MarketingConsent)
            .Long("points", m => m.Row.Points).Text("tier", m => m.Row.Tier).Instant("joined_at", m => m.Row.JoinedAt)
            .Text("join_link", m => m.JoinLink)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO members (program_id, member_code, member_number, display_name, first_name, last_name, email, phone, birthday,
                                     external_id, marketing_consent, source, language, points_balance, tier, joined_at, import_id, join_link)
                SELECT @programId, member_code, member_number, COALESCE(first_name, 'Member'), first_name, last_name, email, phone, birthday,
                       external_id, marketing_consent, 'import', @language, points, COALESCE(tier, @entryTier), COALESCE(joined_at, @now),
                       @importId, join_link
                FROM imported
                """, shared);
        await new RowValues<NewMember>("card", fresh)
            .Text("member_code", m => m.MemberCode).Text("serial", m => m.Serial).Text("token", m => m.Token)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
                SELECT @programId, m.id, 'storeCard', c.serial, c.token, 1, @modifiedAt, @tag, @now
                FROM card c JOIN members m ON m.member_code = c.member_code
                """, shared);
        await new RowValues<NewMember>("opening", fresh.Where(m => m.Row.Points > 0).ToList())
            .Text("member_code", m => m.MemberCode).Long("points", m => m.Row.Points)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, api_key_id, occurred_at, reason)
                SELECT @programId, m.id, 'import', o.points, o.points, @apiKeyId, @now, 'opening balance'
                FROM opening o JOIN members m ON m.member_code = o.member_code
                """, shared);
        await new RowValues<NewMember>("consented", fresh.Where(m => m.Row.MarketingConsent).ToList())
            .Text("member_code", m => m.MemberCode)
            .ExecuteAsync(connection, transaction,
                """
                INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, api_key_id, occurred_at)
                SELECT @programId, m.id, TRUE, @textVersion, 'import', @apiKeyId, @now
                FROM consented c JOIN members m ON m.member_code = c.member_code
                """, shared);
    }

    /// <summary>The same rows on SQLite, a prepared statement each (<see cref="PreparedRows"/>).</summary>
    private static async Task WriteRowByRowAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, ImportJob job,
        List<NewMember> fresh, long tag, DateTimeOffset now)
    {
        await using var member = PreparedRows.Prepare(connection, transaction,
            """
            INSERT INTO members (program_id, member_code, member_number, display_name, first_name, last_name, email, phone, birthday,
                                 external_id, marketing_consent, source, language, points_balance, tier, joined_at, import_id, join_link)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'import', $11, $12, $13, $14, $15, $16)
            RETURNING id
            """, 17);
        await using var card = PreparedRows.Prepare(connection, transaction,
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES ($0, $1, 'storeCard', $2, $3, 1, $4, $5, $6)
            """, 7);
        await using var opening = PreparedRows.Prepare(connection, transaction,
            """
            INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, api_key_id, occurred_at, reason)
            VALUES ($0, $1, 'import', $2, $2, $3, $4, 'opening balance')
            """, 5);
        await using var consent = PreparedRows.Prepare(connection, transaction,
            """
            INSERT INTO member_consents (program_id, member_id, granted, text_version, channel, api_key_id, occurred_at)
            VALUES ($0, $1, TRUE, $2, 'import', $3, $4)
            """, 5);
        var modifiedAt = now.ToUnixTimeSeconds();
        foreach (var m in fresh)
        {
            var row = m.Row;
            var id = await member.ScalarAsync(program.Id, m.MemberCode, m.MemberNumber, row.FirstName ?? "Member", row.FirstName, row.LastName, row.Email,
                row.Phone, row.Birthday, row.ExternalId, row.MarketingConsent, Languages.ShopperLanguage.Default, row.Points, row.Tier ?? program.EntryTier,
                row.JoinedAt ?? now, job.Id, m.JoinLink);
            await card.ExecuteAsync(program.Id, id, m.Serial, m.Token, modifiedAt, tag, now);
            if (row.Points > 0)
            {
                await opening.ExecuteAsync(program.Id, id, row.Points, job.ApiKeyId, now);
            }
            if (row.MarketingConsent)
            {
                await consent.ExecuteAsync(program.Id, id, ConsentTextVersion, job.ApiKeyId, now);
            }
        }
    }

    /// <summary>Ten-digit member numbers are drawn at random; with a hundred thousand members some collide, and are drawn again.</summary>
    private static async Task DrawFreeNumbersAsync(DbConnection connection, DbTransaction transaction, string programId, List<NewMember> fresh)
    {
        for (var pending = fresh; pending.Count > 0;)
        {
            var numbers = pending.Select(m => m.MemberNumber).ToList();
            var taken = (await connection.QueryAsync<string>(
                $"SELECT member_number FROM members WHERE program_id = @programId AND {ImportLists.In(connection, "member_number", "@numbers")}",
                new { programId, numbers = ImportLists.Of(connection, numbers) }, transaction)).ToHashSet();
            var seen = new HashSet<string>();
            var again = new List<NewMember>();
            foreach (var member in fresh)
            {
                if (taken.Contains(member.MemberNumber) || !seen.Add(member.MemberNumber))
                {
                    member.MemberNumber = RandomCodes.LuhnNumber(10);
                    again.Add(member);
                }
            }
            pending = again;
        }
    }

    private sealed class NewMember
    {
        public required MemberRow Row { get; init; }
        public required string MemberCode { get; init; }
        public required string MemberNumber { get; set; }
        public required string Serial { get; init; }
        public required string Token { get; init; }
        public required string JoinLink { get; init; }

        public static NewMember For(MemberRow row) => new()
        {
            Row = row,
            MemberCode = "M" + RandomCodes.Base32(25),
            MemberNumber = RandomCodes.LuhnNumber(10),
            Serial = RandomCodes.Base32(20),
            Token = RandomCodes.Base32(32),
            JoinLink = RandomCodes.Base32(26),
        };
    }
}
