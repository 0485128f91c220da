namespace Aims.Web.Security;

/// <summary>The one way endpoints declare their permission: metadata for the test, a filter for enforcement.</summary>
public static class EndpointPermissionExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithMetadata(new RequiresPermissionAttribute(permission));
        if (builder is RouteHandlerBuilder handler)
        {
            handler.AddEndpointFilter<PermissionEndpointFilter>();
        }

        return builder;
    }
}
