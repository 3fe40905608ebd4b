namespace ResourceHub.Training.Models;

/// <summary>A 研修 certificate: issued once per completed enrolment, verified by its code.</summary>
public sealed class Certificate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>The verification code printed on the certificate (12 characters, no look-alikes).</summary>
    public required string Code { get; init; }
    public Guid EnrolmentId { get; init; }
    public Guid UserId { get; init; }
    public required string Holder { get; init; }
    public required string Programme { get; init; }
    public required string Organiser { get; init; }
    public decimal Hours { get; init; }
    public DateTimeOffset IssuedAt { get; init; } = DateTimeOffset.UtcNow;
}
