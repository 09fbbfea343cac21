namespace CrampBot.Dialogs;

/// <summary>
/// One step of a <see cref="WaterfallDialog"/>, as in the Bot Framework SDK: it usually begins a prompt (its answer
/// arrives in the next step's <see cref="WaterfallStepContext.Result"/>), calls <see cref="WaterfallStepContext.NextAsync"/>
/// or ends the dialog. A lambda or a method group with this signature converts to it.
/// </summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
