using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A statement keyed by its article, its paragraph and its speaker, so that two people who speak in
    /// one paragraph ("X and Y said") each have theirs. SQLite cannot change a table's key, so the table
    /// is made again in one transaction and its statements copied; the import format's number is raised
    /// with it, so the next import reads every report again and finds the second speakers.
    /// </summary>
    public partial class TwoSpeakersInOneParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, """("ArticleId", "ParagraphNumber", "PersonId")""", "1 = 1");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // A paragraph keeps one speaker: the one with the lowest id.
            Rebuild(migrationBuilder, """("ArticleId", "ParagraphNumber")""",
                "NOT EXISTS (SELECT 1 FROM Statements o WHERE o.ArticleId = Statements.ArticleId AND o.ParagraphNumber = Statements.ParagraphNumber AND o.PersonId < Statements.PersonId)");

        private static void Rebuild(MigrationBuilder migrationBuilder, string key, string kept)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_Statements" (
                    "ArticleId" INTEGER NOT NULL,
                    "ParagraphNumber" INTEGER NOT NULL,
                    "PersonId" INTEGER NOT NULL,
                    "Date" INTEGER NOT NULL,
                    CONSTRAINT "PK_Statements" PRIMARY KEY {key},
                    CONSTRAINT "FK_Statements_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_Statements_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO ef_temp_Statements (ArticleId, ParagraphNumber, PersonId, Date)
                SELECT ArticleId, ParagraphNumber, PersonId, Date FROM Statements WHERE {kept} ORDER BY ArticleId, ParagraphNumber, PersonId;
                """);
            migrationBuilder.Sql("DROP TABLE Statements;");
            migrationBuilder.Sql("ALTER TABLE ef_temp_Statements RENAME TO Statements;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_PersonId_Date" ON "Statements" ("PersonId", "Date");""");
        }
    }
}
