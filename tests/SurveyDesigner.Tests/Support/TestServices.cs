using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace SurveyDesigner.Tests.Support;

/// <summary>The one place tests register what components need: MudBlazor services and loose JS interop.</summary>
public static class TestServices
{
    public static BunitContext AddSurveyDesignerServices(this BunitContext context)
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}

/// <summary>Base class: a bUnit context with the shared services.</summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest() => this.AddSurveyDesignerServices();
}
