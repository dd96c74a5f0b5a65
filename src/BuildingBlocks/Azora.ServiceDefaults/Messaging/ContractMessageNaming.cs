using System.Reflection;
using System.Text.RegularExpressions;
using Azora.Contracts;
using Wolverine.Util;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// Makes Wolverine put a contract's <see cref="MessageNameAttribute"/> on the wire and in the message store, so the
/// contracts stay free of any messaging library. A malformed name fails at the first use rather than travelling.
/// </summary>
internal sealed partial class ContractMessageNaming : IMessageTypeNaming
{
    private static int _registered;

    /// <summary>Registers the naming with Wolverine, once per process (Wolverine's naming table is static).</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            WolverineMessageNaming.InsertFirst<ContractMessageNaming>();
        }
    }

    public bool TryDetermineName(Type messageType, out string messageTypeName)
    {
        var attribute = messageType.GetCustomAttribute<MessageNameAttribute>(inherit: false);
        if (attribute is null)
        {
            messageTypeName = string.Empty;
            return false;
        }
        if (!VersionedName().IsMatch(attribute.Name))
        {
            throw new InvalidOperationException(
                $"{messageType.FullName} is named '{attribute.Name}'; a message name reads <service>.<what-happened>.v<n>, e.g. user-service.account-registered.v1.");
        }
        messageTypeName = attribute.Name;
        return true;
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+\.v[1-9][0-9]*$")]
    private static partial Regex VersionedName();
}
