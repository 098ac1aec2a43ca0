using Yusuan.Checks.Printed;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// Yusuan's own workbook and CSV files, read back, give the tables <see cref="PrintedTables.From"/> gives for the same
/// build: the reader reads exactly what the writers print, and the profile is recognised from the titles alone.
/// </summary>
[Collection(SampleFilesCollection.Name)]
public class RoundTripTests(SampleFiles files)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in SampleFiles.Samples)
        {
            data.Add(sample, "xlsx");
            data.Add(sample, "csv");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_back_what_Yusuan_prints(string sample, string format)
    {
        var built = files.Get(sample);
        var path = format == "xlsx" ? built.Workbook : built.CsvFolder;

        var read = PrintedWorkbookReader.Read(path);

        Assert.Empty(read.Problems);
        Assert.Equal(built.Budget.ProfileId, read.Profile.Id);
        Assert.Equal(built.Expected.Select(t => t.Id), read.Tables.Select(t => t.Id));
        var profile = ProfileLoader.Load(built.Budget.ProfileId);
        // 深圳 prints no unit codes anywhere: a unit is known by its printed name (docs/import-layout.md).
        var printsUnitCodes = profile.Tables.Any(t => t.Keys.Any(k => k.Value == "unitCode"));
        string? UnitAsPrinted(string? code) =>
            code is null || printsUnitCodes ? code : built.Budget.Units.Single(u => u.Code == code).Name;

        foreach (var (expected, actual) in built.Expected.Zip(read.Tables))
        {
            var where = $"{sample} {format} {expected.Id}";
            Assert.True(expected.ColumnPaths.SequenceEqual(actual.ColumnPaths), $"{where}: columns {string.Join(" ; ", actual.ColumnPaths)}");
            Assert.Equal(expected.ColumnKinds, actual.ColumnKinds);
            Assert.Equal(expected.Decimals, actual.Decimals);
            Assert.Equal(expected.Number, actual.Number);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Subject, actual.Subject);
            Assert.Equal(expected.UnitLabel, actual.UnitLabel);
            if (format == "xlsx")
            {
                Assert.Equal("tables.xlsx", actual.File);
                Assert.NotNull(actual.Sheet);
            }
            else
            {
                Assert.EndsWith($"-{expected.Id}.csv", actual.File);
                Assert.Null(actual.Sheet);
            }
            Assert.Equal(expected.Rows.Count, actual.Rows.Count);

            var previousRow = 0;
            for (var r = 0; r < expected.Rows.Count; r++)
            {
                var e = expected.Rows[r];
                var a = actual.Rows[r];
                var at = $"{where} row {r} (sheet row {a.SheetRow}, {a.Label})";
                Assert.True(a.SheetRow > previousRow, at);
                previousRow = a.SheetRow;
                Assert.True(e.Kind == a.Kind, $"{at}: kind {a.Kind}, expected {e.Kind}");
                Assert.True(e.Code == a.Code, $"{at}: code {a.Code}, expected {e.Code}");
                Assert.True(UnitAsPrinted(e.UnitCode) == a.UnitCode, $"{at}: unit {a.UnitCode}, expected {UnitAsPrinted(e.UnitCode)}");
                // Labels are the text columns trimmed and joined by one space, as PrintedTables.From makes them.
                Assert.Equal(e.Label, a.Label);
                Assert.Equal(e.Values.Count, a.Values.Count);
                for (var c = 0; c < e.Values.Count; c++)
                {
                    // A CSV prints a zero as a blank cell where the profile does (BlankZero); the workbook stores the 0.
                    var expectedValue = format == "csv" && profile.Presentation.BlankZero && e.Values[c] == 0 ? null : e.Values[c];
                    Assert.True(expectedValue == a.Values[c], $"{at} › {expected.ColumnPaths[c]}: {a.Values[c]}, expected {expectedValue}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises_the_profile_from_the_titles(string sample, string format)
    {
        var built = files.Get(sample);
        var read = PrintedWorkbookReader.Read(format == "xlsx" ? built.Workbook : built.CsvFolder);
        Assert.Equal(built.Budget.ProfileId, read.Profile.Id);
    }

    [Fact]
    public void A_given_profile_is_used_as_given()
    {
        var built = files.Get("bazhong-2021");
        var read = PrintedWorkbookReader.Read(built.Workbook, ProfileLoader.Load("bazhong-2021"));
        Assert.Equal("bazhong-2021", read.Profile.Id);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Printed_figures_keep_the_published_mistake()
    {
        // 附表 1 of 广元 2025 as Yusuan prints it: 208 is 1,072.87 in 万元, two decimals.
        var read = PrintedWorkbookReader.Read(files.Get("guangyuan-2025").Workbook);
        var summary = read.Tables.Single(t => t.Id == "income-expenditure-summary");
        var row = summary.Rows.Single(r => r.Code == "208");
        Assert.Equal(1072.87m, row.Values[summary.ColumnIndex("支 出/预算数")]);
        Assert.Equal(RowKind.Balance, row.Kind);
        Assert.Equal("八、社会保障和就业支出", row.Texts[summary.ColumnIndex("支 出/项 目")]);
        Assert.Equal("1,072.87", row.Texts[summary.ColumnIndex("支 出/预算数")]);
        Assert.Equal("附表3 部门支出总表", read.Tables.Single(t => t.Id == "expenditure").Sheet);
    }
}
