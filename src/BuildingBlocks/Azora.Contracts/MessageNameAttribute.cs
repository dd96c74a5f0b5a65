namespace Azora.Contracts;

/// <summary>
/// The stable, versioned name an integration event or message travels under, <c>&lt;service&gt;.&lt;what-happened&gt;.v&lt;n&gt;</c>
/// (e.g. <c>user-service.account-registered.v1</c>). Renaming or moving the C# type never changes it; a breaking change to
/// its shape is a new type with the next version.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class MessageNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
