using LiteDB;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>
/// The till's collections in one LiteDB file (direct mode, one shared <see cref="LiteDatabase"/>), an earn in one
/// <c>BeginTrans</c>/<c>Commit</c>. LiteDB's transactions belong to the calling thread and lock each collection they
/// write until commit, so concurrent writers take turns inside LiteDB.
/// </summary>
public sealed class LiteDbEarnStore : IEarnStore
{
    private readonly string _folder;
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _keys;
    private readonly ILiteCollection<BsonDocument> _ledger;
    private readonly ILiteCollection<BsonDocument> _members;
    private readonly ILiteCollection<BsonDocument> _outbox;

    public LiteDbEarnStore(int members)
    {
        _folder = Directory.CreateTempSubdirectory("walletloyalty-stores-").FullName;
        _database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_folder, "till.litedb"), Connection = ConnectionType.Direct });
        _keys = _database.GetCollection("idempotency_keys");
        _ledger = _database.GetCollection("ledger_entries");
        _members = _database.GetCollection("members");
        _outbox = _database.GetCollection("outbox");
        _keys.EnsureIndex("idempotency_key", "$.idempotency_key", unique: true);
        _ledger.EnsureIndex("member_id", "$.member_id");
        _outbox.EnsureIndex("status", "$.status");
        _members.InsertBulk(Enumerable.Range(1, members).Select(id => new BsonDocument { ["_id"] = (long)id, ["points_balance"] = 0L }));
    }

    public string Name => "LiteDB 5.0.21";

    public string Durability => "direct mode, defaults: a commit writes its pages to the log area of the file with no fsync (strace shows fsync only at checkpoints), so, as with SQLite NORMAL, a power cut may lose the last commits";

    public void Earn(TillEarn earn)
    {
        var at = earn.At.UtcDateTime;
        _database.BeginTrans();
        try
        {
            _keys.Insert(new BsonDocument { ["idempotency_key"] = earn.IdempotencyKey, ["response_body"] = earn.Answer, ["created_at"] = at });
            _ledger.Insert(new BsonDocument
            {
                ["member_id"] = earn.MemberId, ["kind"] = "earn", ["points"] = earn.Points, ["receipt_id"] = earn.ReceiptId, ["occurred_at"] = at,
            });
            var moved = _members.UpdateMany(
                BsonExpression.Create("{ points_balance: $.points_balance + @0 }", earn.Points),
                BsonExpression.Create("_id = @0 AND $.points_balance + @1 >= 0", earn.MemberId, earn.Points));
            if (moved != 1)
            {
                throw new InvalidOperationException($"member {earn.MemberId}: balance not moved");
            }
            _outbox.Insert(new BsonDocument
            {
                ["channel"] = "apns", ["target"] = earn.PassSerial, ["status"] = "pending", ["not_before"] = at, ["created_at"] = at,
            });
            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public StoreTotals Totals() => new(_ledger.LongCount(), _members.FindAll().Sum(m => m["points_balance"].AsInt64));

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
