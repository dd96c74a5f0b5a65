using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Azora.ServiceDefaults.Validation;

/// <summary>
/// Checks the DataAnnotations on a minimal API handler's arguments before it runs and answers 400 with
/// <c>errors</c> keyed by the field as the client spells it. .NET 10's own validation generator only sees public request
/// types, and a service keeps its request records internal; this filter reads the attributes at start-up instead,
/// including those written on a record's primary-constructor parameters.
/// </summary>
public static class DataAnnotationsValidation
{
    /// <summary>Validates every endpoint in the group (or the one endpoint) whose handler takes annotated arguments.</summary>
    public static TBuilder ValidateDataAnnotations<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(CreateFilter);

    private static EndpointFilterDelegate CreateFilter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var naming = context.ApplicationServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions.PropertyNamingPolicy;
        var checks = context.MethodInfo.GetParameters()
            .Select((parameter, index) => ArgumentCheck.For(parameter, index, naming))
            .OfType<ArgumentCheck>()
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var check in checks)
            {
                check.Validate(invocation.Arguments[check.Index], errors);
            }
            return errors.Count == 0
                ? next(invocation)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray())));
        };
    }

    /// <summary>The rules for one handler argument: on the argument itself, or on the members of the object it is.</summary>
    private sealed class ArgumentCheck(int index, IReadOnlyList<MemberRule> rules)
    {
        public int Index { get; } = index;

        public static ArgumentCheck? For(ParameterInfo parameter, int index, JsonNamingPolicy? naming)
        {
            var own = parameter.GetCustomAttributes<ValidationAttribute>().ToArray();
            if (own.Length > 0)
            {
                return new ArgumentCheck(index, [new MemberRule(parameter.Name!, null, own)]);
            }
            var members = MemberRules(parameter.ParameterType, naming);
            return members.Count > 0 ? new ArgumentCheck(index, members) : null;
        }

        public void Validate(object? argument, Dictionary<string, List<string>> errors)
        {
            foreach (var rule in rules)
            {
                if (rule.Property is not null && argument is null)
                {
                    // A missing body is the binder's to report; there is nothing here to look inside.
                    continue;
                }
                var value = rule.Property is null ? argument : rule.Property.GetValue(argument);
                var context = new ValidationContext(argument ?? new object()) { MemberName = rule.Name, DisplayName = rule.Name };
                var results = new List<ValidationResult>();
                if (!Validator.TryValidateValue(value!, context, results, rule.Attributes))
                {
                    if (!errors.TryGetValue(rule.Name, out var messages))
                    {
                        errors[rule.Name] = messages = [];
                    }
                    messages.AddRange(results.Select(r => r.ErrorMessage ?? $"The {rule.Name} field is not valid."));
                }
            }
        }

        private static List<MemberRule> MemberRules(Type type, JsonNamingPolicy? naming)
        {
            if (!type.IsClass || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
                || type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) == true)
            {
                return [];
            }
            // Attributes on a positional record's parameters stay on the parameters; find them by name.
            var constructorParameters = type.GetConstructors()
                .SelectMany(c => c.GetParameters())
                .Where(p => p.Name is not null)
                .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var rules = new List<MemberRule>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
            {
                var attributes = property.GetCustomAttributes<ValidationAttribute>()
                    .Concat(constructorParameters.TryGetValue(property.Name, out var parameter)
                        ? parameter.GetCustomAttributes<ValidationAttribute>()
                        : [])
                    .ToArray();
                if (attributes.Length > 0)
                {
                    rules.Add(new MemberRule(naming?.ConvertName(property.Name) ?? property.Name, property, attributes));
                }
            }
            return rules;
        }
    }

    private sealed record MemberRule(string Name, PropertyInfo? Property, ValidationAttribute[] Attributes);
}
