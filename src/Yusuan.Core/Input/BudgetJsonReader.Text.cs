
namespace Yusuan.Core.Input;

public static partial class BudgetJsonReader
{
    /// <summary>
    /// Reads input-format JSON held as text (a budget stored by a web application), as <see cref="Read(string)"/> reads a
    /// file: comments and trailing commas allowed, a leading byte-order mark skipped, and text that is empty or not JSON
    /// refused with one located error (<see cref="BudgetInputException.Unreadable"/>). Records are located in
    /// <paramref name="file"/>, the name errors show.
    /// </summary>
    public static RawBudget ReadText(string json, string file = "budget.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        var text = json.AsSpan();
        if (text is ['\uFEFF', ..]) text = text[1..];
        return ReadUtf8(System.Text.Encoding.UTF8.GetBytes(text.ToArray()), file);
    }
}
