using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A statement keyed by its article and paragraph in a WITHOUT ROWID table, not by an id with an
    /// index of article and paragraph beside it (the table is that index), and its date, stored again
    /// in the speaker's index, as the number yyyymmdd rather than ten characters: at 20,000 real-sized
    /// reports 8.8 of the statements' MiB become about 5. SQLite cannot change a table's key, so the
    /// table is made again in one transaction (no other table points at a statement) and its
    /// statements copied; no import is needed.
    /// </summary>
    public partial class StatementsKeyedByParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Statements" (
                    "ArticleId" INTEGER NOT NULL,
                    "ParagraphNumber" INTEGER NOT NULL,
                    "PersonId" INTEGER NOT NULL,
                    "Date" INTEGER NOT NULL,
                    CONSTRAINT "PK_Statements" PRIMARY KEY ("ArticleId", "ParagraphNumber"),
                    CONSTRAINT "FK_Statements_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_Statements_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                INSERT INTO ef_temp_Statements (ArticleId, ParagraphNumber, PersonId, Date)
                SELECT ArticleId, ParagraphNumber, PersonId, CAST(replace(Date, '-', '') AS INTEGER) FROM Statements ORDER BY ArticleId, ParagraphNumber;
                """);
            migrationBuilder.Sql("DROP TABLE Statements;");
            migrationBuilder.Sql("ALTER TABLE ef_temp_Statements RENAME TO Statements;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_PersonId_Date" ON "Statements" ("PersonId", "Date");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Statements" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Statements" PRIMARY KEY AUTOINCREMENT,
                    "ArticleId" INTEGER NOT NULL,
                    "PersonId" INTEGER NOT NULL,
                    "ParagraphNumber" INTEGER NOT NULL,
                    "Date" TEXT NOT NULL,
                    CONSTRAINT "FK_Statements_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_Statements_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO ef_temp_Statements (ArticleId, PersonId, ParagraphNumber, Date)
                SELECT ArticleId, PersonId, ParagraphNumber, printf('%04d-%02d-%02d', Date / 10000, Date / 100 % 100, Date % 100) FROM Statements ORDER BY ArticleId, ParagraphNumber;
                """);
            migrationBuilder.Sql("DROP TABLE Statements;");
            migrationBuilder.Sql("ALTER TABLE ef_temp_Statements RENAME TO Statements;");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Statements_ArticleId_ParagraphNumber" ON "Statements" ("ArticleId", "ParagraphNumber");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_PersonId_Date" ON "Statements" ("PersonId", "Date");""");
        }
    }
}
