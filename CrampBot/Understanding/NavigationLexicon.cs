namespace CrampBot.Understanding;

/// <summary>How patients ask to move around the conversation. Recognizer data only.</summary>
internal static class NavigationLexicon
{
    public static readonly PhraseSet Greeting = new(
    [
        "hi", "hello", "hey", "hiya", "heya", "howdy", "hallo", "helo", "hullo", "yo", "greetings", "good morning",
        "good afternoon", "good evening", "morning", "afternoon", "evening", "hi there", "hello there", "hey there",
        "how are you", "hows it going", "whats up", "sup", "good day", "anybody home", "anyone home",
        "anyone there", "anybody there", "is anyone there", "is anybody there", "new here", "im new", "hi all",
        "hello all", "how do you do", "nice to meet you", "hey hey", "is this the cramp bot", "are you the cramp bot",
    ]);

    public static readonly PhraseSet Help = new(
    [
        "help", "help me", "i need help", "what can you do", "what can i ask", "what do you do", "how does this work",
        "how do i use this", "how does it work", "what should i ask", "what can you tell me", "what do you know",
        "options", "instructions", "commands", "what are you", "who are you", "what is this", "what is crampbot",
        "what can you help with", "what can you help me with", "what are my options", "show me what you can do",
        "how can you help", "i dont know what to ask", "im confused", "confused", "what now", "topics",
        "what topics", "list of topics", "how do i use you", "how do i use", "how to use this", "how to use you",
        "how does crampbot work", "what can i ask about", "what sort of things", "what kind of things", "can i ask",
        "how does this chat work", "what can this", "what kind of questions", "what sort of questions",
        "what questions", "what to ask", "not sure what to ask", "what can you answer", "what do you cover",
        "what can you help", "where do i start", "what is this for", "what is this chat for", "what are you for",
    ]);

    public static readonly PhraseSet Cancel = new(
    [
        "cancel", "start over", "start again", "restart", "begin again", "reset", "never mind", "nevermind",
        "forget it", "quit", "exit", "go back", "back to the start", "back to start", "back to the menu",
        "main menu", "menu", "stop", "stop this", "abort", "from the beginning", "from the top", "scratch that",
        "leave it", "new question", "start from scratch", "take me back", "home", "back to the beginning",
    ]);

    public static readonly PhraseSet Terms = new(
    [
        "terms", "terms of use", "terms and conditions", "conditions of use", "privacy", "privacy policy",
        "data policy", "disclaimer", "legal", "confidential", "confidentiality", "gdpr", "cookies", "tos",
        "what do you do with my data", "who can see my data", "who sees my data", "do you store my data",
        "do you keep my data", "do you save", "do you record", "is this private", "is my data safe",
        "what happens to my data", "do you keep", "do you store", "small print", "rules", "private", "who sees", "my messages",
        "my information", "my info", "my details", "my data", "my personal", "this conversation", "this chat",
        "who can read", "who reads", "can anyone read", "kept private", "anonymous", "do you share",
        "share my", "secure", "do you save", "who will see", "what i write", "what i type", "who will read",
    ]);

    /// <summary>A verb of deleting or forgetting…</summary>
    public static readonly PhraseSet ForgetVerb = new(
        ["forget", "delete", "erase", "remove", "wipe", "clear", "destroy", "purge", "forgotten"]);

    /// <summary>…with something of the patient's as its object.</summary>
    public static readonly PhraseSet ForgetObject = new(
    [
        "me", "data", "details", "information", "info", "history", "conversation", "chat", "everything",
        "messages", "record", "records", "what i said", "what i told you", "all of it", "account", "profile",
        "personal", "stored", "saved",
    ]);

    public static readonly PhraseSet Thanks = new(
    [
        "thanks", "thank you", "thankyou", "thanks a lot", "thanks so much", "thank you very much", "thanks loads",
        "thanks very much", "thanks a million", "thank u", "thx", "thnx", "thanx", "ty", "cheers", "ta", "many thanks",
        "much appreciated", "appreciate it", "that helps", "that helped", "that was helpful", "thats helpful",
        "very helpful", "helpful", "brilliant", "perfect", "great", "lovely", "thats great", "ok thanks",
        "okay thanks", "thats useful", "useful", "got it", "understood", "ok", "okay", "cool", "nice", "fab",
        "awesome", "excellent", "bye", "goodbye", "see you", "good bye", "for your help", "for the help",
        "for helping", "for the information", "for the info", "for that", "mind at rest", "put my mind at rest",
        "reassuring", "that has helped", "bye for now", "take care", "all the best", "much obliged", "ta very much",
    ]);

    public static IEnumerable<PhraseSet> All => [Greeting, Help, Cancel, Terms, ForgetVerb, ForgetObject, Thanks];
}
