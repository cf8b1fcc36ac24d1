using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSources",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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

            // SQLite's own DROP COLUMN, inside the migration's transaction: EF Core's DropColumn rebuilds
            // the table outside one, and a process killed in the middle leaves a database no start can open.
            migrationBuilder.Sql("INSERT INTO ArticleSources (ArticleId, Text) SELECT Id, SourceText FROM Articles;");
            migrationBuilder.Sql("ALTER TABLE Articles DROP COLUMN SourceText;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceText",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql("UPDATE Articles SET SourceText = (SELECT Text FROM ArticleSources WHERE ArticleId = Articles.Id);");

            migrationBuilder.DropTable(
                name: "ArticleSources");
        }
    }
}
