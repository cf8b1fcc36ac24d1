using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// An article's figures (position, caption, credit) kept in its compressed block, after the text as
    /// imported that holds the same captions, not as rows of their own (<c>Figures</c> and its index,
    /// 1.5 MiB of 20,000 real-sized reports): the article page, their only reader, reads the block
    /// already. SQL cannot compress, so the rows are dropped and every article is marked for importing
    /// again: until then an article's page shows no figures.
    /// </summary>
    public partial class FiguresInBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE Figures;");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "Figures" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Figures" PRIMARY KEY AUTOINCREMENT,
                    "ArticleId" INTEGER NOT NULL,
                    "Position" INTEGER NOT NULL,
                    "Caption" TEXT NOT NULL,
                    "Credit" TEXT NULL,
                    CONSTRAINT "FK_Figures_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Figures_ArticleId_Position" ON "Figures" ("ArticleId", "Position");""");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }
    }
}
