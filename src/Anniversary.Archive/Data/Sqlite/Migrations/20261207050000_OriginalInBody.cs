using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// What the download needs besides the paragraphs to give a file back (its date line, captions and
    /// line ends as written) stored in the article's compressed block with them, not as a row of its
    /// own (<c>ArticleSources</c>): it compresses with the paragraphs to about a third. SQL cannot
    /// compress, so the rows are dropped and every article is marked for importing again: the site's
    /// next start imports its seeds folder, another folder needs its import; until then an article's
    /// page and search are as before and its download is not found.
    /// </summary>
    public partial class OriginalInBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ArticleSources;");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSources" (
                    "ArticleId" INTEGER NOT NULL CONSTRAINT "PK_ArticleSources" PRIMARY KEY,
                    "Text" TEXT NOT NULL,
                    CONSTRAINT "FK_ArticleSources_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }
    }
}
