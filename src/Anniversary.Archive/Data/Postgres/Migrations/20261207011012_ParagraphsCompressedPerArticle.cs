using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
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
            migrationBuilder.Sql("DROP TABLE \"Paragraphs\";");
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleBodies" (
                    "ArticleId" integer NOT NULL,
                    "Paragraphs" bytea NOT NULL,
                    CONSTRAINT "PK_ArticleBodies" PRIMARY KEY ("ArticleId"),
                    CONSTRAINT "FK_ArticleBodies_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = '';");
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
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
