using System.Security.Cryptography;
using SkiaSharp;

namespace Analytics.Engine.Forms;

/// <summary>Evidence ready to store: checked type and size, hash, image dimensions, large photos scaled down.</summary>
internal sealed record StoredEvidence(string Id, string ItemCode, string FileName, string ContentType, byte[] Content,
    int? Width, int? Height, string Sha256, DateTime? TakenAt);

/// <summary>Checks uploads and shrinks tablet photos (often 12 MP) to a long side of 2048 px before they reach the store.</summary>
internal static class EvidenceProcessor
{
    public const int MaxBytes = 15 * 1024 * 1024;
    public const int MaxSide = 2048;

    public static StoredEvidence Process(string submissionId, int index, EvidenceUpload upload)
    {
        var type = upload.ContentType.ToLowerInvariant();
        if (type == "image/jpg") type = "image/jpeg";
        if (!QuestionTypes.FileContentTypes.Contains(type))
            throw SubmissionRejectedException.Of($"Файл «{upload.FileName}»: допустимы только JPG, PNG и PDF.", upload.ItemCode);
        if (upload.Content.Length == 0 || upload.Content.Length > MaxBytes)
            throw SubmissionRejectedException.Of($"Файл «{upload.FileName}» пуст или больше 15 МБ.", upload.ItemCode);
        var content = upload.Content;
        int? width = null, height = null;
        if (type.StartsWith("image/", StringComparison.Ordinal))
        {
            using var bitmap = SKBitmap.Decode(content)
                ?? throw SubmissionRejectedException.Of($"Файл «{upload.FileName}» не читается как изображение.", upload.ItemCode);
            (width, height) = (bitmap.Width, bitmap.Height);
            var scale = (double)MaxSide / Math.Max(bitmap.Width, bitmap.Height);
            if (scale < 1)
            {
                var info = new SKImageInfo((int)(bitmap.Width * scale), (int)(bitmap.Height * scale));
                using var resized = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                using var image = SKImage.FromBitmap(resized);
                using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
                content = data.ToArray();
                (width, height, type) = (info.Width, info.Height, "image/jpeg");
            }
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        return new StoredEvidence($"{submissionId}-{index}", upload.ItemCode, Path.GetFileName(upload.FileName), type, content,
            width, height, sha, upload.TakenAt);
    }
}
