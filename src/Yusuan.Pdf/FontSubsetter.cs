using System.Runtime.InteropServices;

namespace Yusuan.Pdf;

/// <summary>
/// Cuts a font down to the characters a document uses with HarfBuzz's subsetter (hb_subset), which the native library
/// of the HarfBuzzSharp package exports although its managed API does not wrap it. SkiaSharp's PDF backend marks the
/// embedded font as a subset but embeds the whole face (WenQuanYi Micro Hei: 2.3 MB for one line of text), so the
/// PDF is drawn with the subset font instead: a document of a few hundred distinct characters embeds some 100 KB.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>A TrueType font holding the glyphs of <paramref name="codePoints"/> (and .notdef), or null if HarfBuzz fails.</summary>
    public static byte[]? Subset(FontFile file, IEnumerable<int> codePoints)
    {
        // The managed package loads the native library (and resolves its path) before we call into it.
        _ = typeof(HarfBuzzSharp.Blob);
        var blob = IntPtr.Zero;
        var face = IntPtr.Zero;
        var input = IntPtr.Zero;
        var subset = IntPtr.Zero;
        var result = IntPtr.Zero;
        try
        {
            blob = hb_blob_create_from_file_or_fail(file.Path);
            if (blob == IntPtr.Zero) return null;
            face = hb_face_create(blob, (uint)file.Index);
            input = hb_subset_input_create_or_fail();
            if (face == IntPtr.Zero || input == IntPtr.Zero) return null;
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints) hb_set_add(unicodes, (uint)codePoint);
            subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) return null;
            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            if (data == IntPtr.Zero || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            if (result != IntPtr.Zero) hb_blob_destroy(result);
            if (subset != IntPtr.Zero) hb_face_destroy(subset);
            if (input != IntPtr.Zero) hb_subset_input_destroy(input);
            if (face != IntPtr.Zero) hb_face_destroy(face);
            if (blob != IntPtr.Zero) hb_blob_destroy(blob);
        }
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr hb_blob_create_from_file_or_fail(string fileName);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);
}
