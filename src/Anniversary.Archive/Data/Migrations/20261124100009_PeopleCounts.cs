using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeopleCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StatementCount",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StrongestPart",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_People_StrongestPart_StatementCount_ArticleCount_Name",
                table: "People",
                columns: new[] { "StrongestPart", "StatementCount", "ArticleCount", "Name" },
                descending: new[] { false, true, true, false });

            migrationBuilder.Sql(
                "UPDATE People SET " +
                "StrongestPart = COALESCE((SELECT MIN(a.Part) FROM Appearances a WHERE a.PersonId = People.Id), 3), " +
                "ArticleCount = (SELECT COUNT(*) FROM Appearances a WHERE a.PersonId = People.Id), " +
                "StatementCount = (SELECT COUNT(*) FROM Statements s WHERE s.PersonId = People.Id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_StrongestPart_StatementCount_ArticleCount_Name",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "People");

            migrationBuilder.DropColumn(
                name: "StatementCount",
                table: "People");

            migrationBuilder.DropColumn(
                name: "StrongestPart",
                table: "People");
        }
    }
}
