using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// Each article's paragraphs stored together as one Brotli block (<c>ArticleBodies</c>), not as a
    /// row each: the text is the largest thing the archive holds, and compressed per article it
    /// takes well under half. SQL cannot compress, so the paragraphs' rows are dropped and every
    /// article is marked for importing again: the site's next start imports its seeds folder,
    /// another folder needs its import.
    /// </summary>
    public partial class ParagraphsCompressedPerArticle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE Paragraphs;");
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleBodies" (
                    "ArticleId" INTEGER NOT NULL CONSTRAINT "PK_ArticleBodies" PRIMARY KEY,
                    "Paragraphs" BLOB NOT NULL,
                    CONSTRAINT "FK_ArticleBodies_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleBodies");

            migrationBuilder.CreateTable(
                name: "Paragraphs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_ArticleId_Number",
                table: "Paragraphs",
                columns: new[] { "ArticleId", "Number" },
                unique: true);
        }
    }
}
