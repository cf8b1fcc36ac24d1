using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data;

// Add a migration with:
//   dotnet ef migrations add <Name> --project src/Anniversary.Archive --output-dir Data/Migrations
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<Figure> Figures => Set<Figure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Slug).IsUnique();
            article.HasIndex(a => a.SourceFile).IsUnique();
            article.HasIndex(a => a.Date);
            article.HasMany(a => a.Paragraphs).WithOne(p => p.Article).HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Figures).WithOne(f => f.Article).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Paragraph>().HasIndex(p => new { p.ArticleId, p.Number }).IsUnique();
        modelBuilder.Entity<Figure>().HasIndex(f => new { f.ArticleId, f.Position }).IsUnique();
    }
}
