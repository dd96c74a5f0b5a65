namespace Azora.Credentials.Proofs;

/// <summary>A credential or its proof is not in the shape the proof format requires; the message says which part.</summary>
internal sealed class ProofFormatException(string message) : Exception(message);
