using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// An article's two SHA-256 digests stored as their 32 bytes, not as 64 characters of hex: 64
    /// bytes less an article. SQLite cannot change a column's type, so the table is made again, as EF
    /// Core does it (foreign keys off while the old table is dropped, so that no row pointing at an
    /// article goes with it), each hex digest copied as its bytes (the empty digest of an article marked
    /// for importing again stays empty), and its indexes made again, the month and day of its date
    /// among them, which EF Core's model does not hold and its own rebuild would lose.
    /// </summary>
    public partial class DigestsAsBytes : Migration
    {
        // A digest already of the new type is copied as it is: the table swap commits apart from the
        // migration's record (the foreign keys are switched off outside a transaction), so a process killed
        // in between runs the migration again on a table made already.

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, "BLOB", column => Converted(column, "blob", $"unhex({column})"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, "TEXT", column => Converted(column, "text", $"lower(hex({column}))"));

        private static string Converted(string column, string type, string conversion) =>
            $"CASE WHEN typeof({column}) = '{type}' THEN {column} ELSE {conversion} END";

        private static void Rebuild(MigrationBuilder migrationBuilder, string digestType, Func<string, string> digest)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ef_temp_Articles;");
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_Articles" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
                    "Slug" TEXT NOT NULL,
                    "Date" TEXT NOT NULL,
                    "Title" TEXT NOT NULL,
                    "Standfirst" TEXT NULL,
                    "Dateline" TEXT NULL,
                    "Place" TEXT NULL,
                    "Credit" TEXT NULL,
                    "Source" TEXT NULL,
                    "SourceFile" TEXT NOT NULL,
                    "ContentHash" {digestType} NOT NULL,
                    "TextHash" {digestType} NOT NULL,
                    "ImportedAtUtc" TEXT NOT NULL,
                    "UpdatedAtUtc" TEXT NOT NULL,
                    "EventId" INTEGER NULL,
                    "Byline" TEXT NULL,
                    "SourceLine" TEXT NULL,
                    CONSTRAINT "FK_Articles_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE SET NULL
                );
                """);
            migrationBuilder.Sql($"""
                INSERT INTO ef_temp_Articles (Id, Slug, Date, Title, Standfirst, Dateline, Place, Credit, Source, SourceFile, ContentHash, TextHash, ImportedAtUtc, UpdatedAtUtc, EventId, Byline, SourceLine)
                SELECT Id, Slug, Date, Title, Standfirst, Dateline, Place, Credit, Source, SourceFile, {digest("ContentHash")}, {digest("TextHash")}, ImportedAtUtc, UpdatedAtUtc, EventId, Byline, SourceLine
                FROM Articles;
                """);
            // The ids go on from where they were, not from the highest left, as the old table's did.
            migrationBuilder.Sql("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'Articles') WHERE name = 'ef_temp_Articles';");
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("DROP TABLE Articles;");
            migrationBuilder.Sql("ALTER TABLE ef_temp_Articles RENAME TO Articles;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_Date" ON "Articles" ("Date");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_EventId" ON "Articles" ("EventId");""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Articles_Slug" ON "Articles" ("Slug");""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Articles_SourceFile" ON "Articles" ("SourceFile");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_UpdatedAtUtc" ON "Articles" ("UpdatedAtUtc");""");
            migrationBuilder.Sql("CREATE INDEX IX_Articles_MonthDay ON Articles (substr(Date, 6, 5));");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
    }
}
