using System.Security.Cryptography;
using System.Text;

namespace Azora.Education.Domain;

/// <summary>Ids derived from what they stand for, so that sending the same request twice names it the same way.</summary>
internal static class MessageIds
{
    /// <summary>The <c>EnrollLearner</c> request id for one course of one program enrolment.</summary>
    public static Guid EnrollmentRequest(Guid programEnrollmentId, Guid courseId) =>
        FromText($"azora-education:program-enrollment:{programEnrollmentId:N}:course:{courseId:N}");

    /// <summary>A name-based UUID (version 8, RFC 9562 section 5.8) from the SHA-256 of the text.</summary>
    private static Guid FromText(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
