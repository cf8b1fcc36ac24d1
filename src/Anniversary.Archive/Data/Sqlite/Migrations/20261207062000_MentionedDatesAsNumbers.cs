using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A mentioned date stored as the number yyyymmdd, not ten characters, in its row and in its two
    /// indexes (the date's, and the day of the year's, now the number's last four digits): at 20,000
    /// real-sized reports 6.4 MiB of dates become about 5.1. SQLite cannot change a column's type, so
    /// the table is made again in one transaction (no other table points at a mentioned date), its ids
    /// and id sequence kept; no import is needed.
    /// </summary>
    public partial class MentionedDatesAsNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, "INTEGER", "CAST(replace(Date, '-', '') AS INTEGER)", "Date % 10000");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, "TEXT", "printf('%04d-%02d-%02d', Date / 10000, Date / 100 % 100, Date % 100)", "substr(Date, 6, 5)");

        private static void Rebuild(MigrationBuilder migrationBuilder, string dateType, string date, string dayOfYear)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_MentionedDates" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_MentionedDates" PRIMARY KEY AUTOINCREMENT,
                    "ArticleId" INTEGER NOT NULL,
                    "ParagraphNumber" INTEGER NOT NULL,
                    "Date" {dateType} NOT NULL,
                    "Precision" INTEGER NOT NULL,
                    "Text" TEXT NOT NULL,
                    CONSTRAINT "FK_MentionedDates_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql($"""
                INSERT INTO ef_temp_MentionedDates (Id, ArticleId, ParagraphNumber, Date, Precision, Text)
                SELECT Id, ArticleId, ParagraphNumber, {date}, Precision, Text FROM MentionedDates ORDER BY Id;
                """);
            // The ids go on from where they were, not from the highest left, as the old table's did.
            migrationBuilder.Sql("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'MentionedDates') WHERE name = 'ef_temp_MentionedDates';");
            migrationBuilder.Sql("DROP TABLE MentionedDates;");
            migrationBuilder.Sql("ALTER TABLE ef_temp_MentionedDates RENAME TO MentionedDates;");
            migrationBuilder.Sql("""CREATE INDEX "IX_MentionedDates_ArticleId" ON "MentionedDates" ("ArticleId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_MentionedDates_Date" ON "MentionedDates" ("Date");""");
            migrationBuilder.Sql($"CREATE INDEX IX_MentionedDates_MonthDay ON MentionedDates ({dayOfYear});");
        }
    }
}
