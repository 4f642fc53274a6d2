using Analytics.Cli;

// The scriptable command line of docs/product.md: each command lives in Commands/<Name>Command.cs.
return CliApp.Run(args, Console.Out, Console.Error);
