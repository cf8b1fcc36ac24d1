using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// The search index stems English words (FTS5's porter tokenizer over the folding one): "volunteer
    /// soldier" finds "volunteer soldiers", "commemorate" finds "commemorated". A tokenizer is fixed
    /// when an FTS5 table is made, so the index is made again, empty, and every article is marked for
    /// importing again: the site's next start imports its seeds folder, another folder needs its import.
    /// </summary>
    public partial class StemmedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
