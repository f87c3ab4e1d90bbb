package io.todoplatform.benchmark;

import java.util.List;

/**
 * The words generated tasks are made of. Each list is ordered from most to least used:
 * {@link Zipf} draws early entries far more often, which gives the search benchmark
 * common, medium and rare words like real text has.
 */
final class Vocabulary {

	static final List<String> VERBS = List.of("call", "buy", "review", "email", "schedule", "fix", "prepare", "clean",
			"update", "finish", "write", "check", "plan", "book", "pay", "send", "read", "organize", "order", "discuss",
			"cancel", "renew", "submit", "paint", "repair", "install", "return", "visit", "research", "draft",
			"replace", "archive", "migrate", "measure", "polish", "translate", "negotiate", "rehearse", "calibrate",
			"declutter");

	static final List<String> ADJECTIVES = List.of("new", "weekly", "monthly", "urgent", "quarterly", "annual", "old",
			"broken", "shared", "final", "personal", "small", "large", "remaining", "overdue", "public", "private",
			"digital", "local", "detailed", "spare", "seasonal", "leaky", "vintage", "fragile", "wooden", "electric",
			"outdated", "noisy", "scratched", "handwritten", "encrypted", "ergonomic", "refurbished", "waterproof",
			"lopsided", "bilingual", "ceramic", "magnetic", "collapsible");

	static final List<String> NOUNS = List.of("report", "meeting", "invoice", "budget", "groceries", "doctor",
			"presentation", "car", "garden", "kitchen", "project", "team", "email", "dentist", "insurance", "taxes",
			"website", "laptop", "birthday", "flight", "hotel", "contract", "proposal", "client", "bathroom", "bike",
			"library", "passport", "receipt", "newsletter", "schedule", "roadmap", "backlog", "release", "server",
			"database", "backup", "password", "printer", "office", "desk", "chair", "window", "door", "roof", "fence",
			"lawn", "plants", "laundry", "dishes", "fridge", "oven", "furniture", "garage", "basement", "attic",
			"vacation", "tickets", "concert", "museum", "gym", "yoga", "dinner", "lunch", "breakfast", "recipe",
			"vegetables", "fruit", "bread", "coffee", "tea", "wine", "gift", "card", "letter", "package", "parcel",
			"bank", "loan", "mortgage", "pension", "salary", "expenses", "spreadsheet", "slides", "agenda", "minutes",
			"interview", "candidate", "onboarding", "training", "workshop", "conference", "vendor", "supplier",
			"warranty", "subscription", "phone", "charger", "headphones", "camera", "photos", "album", "blog",
			"podcast", "article", "essay", "thesis", "homework", "exam", "course", "tutor", "school", "teacher",
			"parents", "kids", "dog", "cat", "veterinarian", "neighbor", "landlord", "plumber", "electrician",
			"carpenter", "mechanic", "tires", "battery", "engine", "paint", "curtains", "carpet", "lamp", "shelf",
			"closet", "mattress", "pillow", "blanket", "umbrella", "jacket", "shoes", "boots", "suitcase", "map",
			"itinerary", "visa", "embassy", "pharmacy", "prescription", "vitamins", "allergy", "checkup", "therapist",
			"certificate", "license", "permit", "registration", "audit", "compliance", "policy", "handbook");

	/**
	 * Specific words that show up in only a handful of tasks, like names and hobbies do.
	 */
	static final List<String> RARE = List.of("aquarium", "harpsichord", "kumquat", "xylophone", "origami", "sourdough",
			"telescope", "trombone", "kayak", "hammock", "bonsai", "calligraphy", "pottery", "taxidermy", "falconry",
			"beekeeping", "mandolin", "accordion", "tandem", "zeppelin", "gazebo", "pergola", "chandelier", "sundial",
			"barometer", "compost", "greenhouse", "terrarium", "aviary", "trampoline", "snorkel", "crampons",
			"carabiner", "sextant", "gramophone", "typewriter", "abacus", "kaleidoscope", "metronome", "ukulele",
			"bagpipes", "didgeridoo", "banjo", "cello", "oboe", "bassoon", "tuba", "marimba", "sitar", "harmonica",
			"quilt", "tapestry", "macrame", "crochet", "embroidery", "loom", "spindle", "kiln", "lathe", "anvil",
			"forge", "chisel", "sandpaper", "varnish", "lacquer", "grout", "caulk", "drywall", "skylight", "dormer",
			"chimney", "gutter", "trellis", "birdbath", "beehive", "chicken", "goat", "alpaca", "llama", "ferret",
			"hamster", "tortoise", "iguana", "parakeet", "cockatoo", "goldfish", "axolotl", "hedgehog", "chinchilla",
			"gecko", "rhubarb", "artichoke", "parsnip", "kohlrabi", "fennel", "quince", "persimmon", "lychee", "durian",
			"rambutan", "tamarind", "saffron", "cardamom", "turmeric", "sumac", "juniper", "elderflower", "marzipan",
			"nougat", "praline", "meringue", "souffle", "risotto", "paella", "goulash");

	static final List<String> PREPOSITIONS = List.of("for", "with", "before", "after", "about", "from", "at");

	/** The app's predefined tags first, then a few custom ones users make up. */
	static final List<String> TAGS = List.of("work", "personal", "home", "shopping", "finance", "health", "learning",
			"q3-planning", "side-project", "errands");

	private Vocabulary() {
	}

}
