using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// What the download needs besides the paragraphs stored in the article's compressed block with
    /// them, not as a row of its own (<c>ArticleSources</c>), as on SQLite: the rows are dropped and
    /// every article is marked for importing again; until then its download is not found.
    /// </summary>
    public partial class OriginalInBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"ArticleSources\";");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSources",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSources", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleSources_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");
        }
    }
}
