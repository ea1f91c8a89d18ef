package org.lector.speech;

import java.util.Set;

/**
 * Common given names of English-language biographies, to tell a person's generational suffix
 * ("Bruce McCandless II", "the Second") from a series number after a title of two words ("World
 * History II", "Two") when the name has only two parts. A name of three parts or more is told by
 * its shape alone ({@link RomanNumerals}).
 */
final class GivenNames {
    private static final Set<String> NAMES = Set.of(
            "Aaron", "Abraham", "Adam", "Adrian", "Al", "Alan", "Albert", "Alex", "Alexander", "Alfred", "Allen",
            "Alvin", "Amos", "Andrew", "Andy", "Anthony", "Archibald", "Arnold", "Arthur", "Barry", "Ben", "Benjamin",
            "Bernard", "Bill", "Billy", "Bob", "Bobby", "Brad", "Bradley", "Brandon", "Brian", "Bruce", "Bryan",
            "Calvin", "Carl", "Carlos", "Cecil", "Charles", "Charlie", "Chester", "Chris", "Christian", "Christopher",
            "Clarence", "Clark", "Claude", "Clifford", "Clyde", "Colin", "Craig", "Curtis", "Dale", "Dan", "Daniel",
            "Danny", "Darren", "Dave", "David", "Dean", "Dennis", "Derek", "Dick", "Don", "Donald", "Douglas", "Duncan",
            "Dwight", "Earl", "Ed", "Eddie", "Edgar", "Edmund", "Edward", "Edwin", "Elijah", "Elliott", "Ellis",
            "Elmer", "Emmett", "Eric", "Ernest", "Eugene", "Evan", "Everett", "Felix", "Floyd", "Francis", "Frank",
            "Franklin", "Fred", "Frederick", "Gary", "Gene", "Geoffrey", "George", "Gerald", "Gilbert", "Glenn",
            "Gordon", "Graham", "Grant", "Greg", "Gregory", "Harold", "Harrison", "Harry", "Harvey", "Henry",
            "Herbert", "Herman", "Homer", "Howard", "Hubert", "Hugh", "Hugo", "Ian", "Isaac", "Ivan", "Jack",
            "Jackson", "Jacob", "Jake", "James", "Jamie", "Jared", "Jason", "Jay", "Jeff", "Jeffrey", "Jeremy",
            "Jerome", "Jerry", "Jesse", "Jim", "Jimmy", "Joe", "Joel", "John", "Johnny", "Jon", "Jonathan", "Jordan",
            "Joseph", "Josh", "Joshua", "Juan", "Julian", "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Kyle",
            "Lamar", "Lance", "Larry", "Lawrence", "Lee", "Leo", "Leon", "Leonard", "Leroy", "Leslie", "Lewis",
            "Lloyd", "Lorenzo", "Louis", "Lucas", "Luke", "Luther", "Mack", "Malcolm", "Marcus", "Mario", "Mark",
            "Marshall", "Martin", "Marvin", "Matt", "Matthew", "Maurice", "Max", "Melvin", "Michael", "Mike",
            "Milton", "Mitchell", "Morris", "Nathan", "Nathaniel", "Neil", "Nelson", "Nicholas", "Nick", "Noah",
            "Norman", "Oliver", "Oscar", "Otis", "Owen", "Patrick", "Paul", "Percy", "Perry", "Pete", "Peter",
            "Philip", "Phillip", "Ralph", "Randall", "Randolph", "Randy", "Ray", "Raymond", "Reginald", "Richard",
            "Rick", "Robert", "Rodney", "Roger", "Roland", "Ron", "Ronald", "Roscoe", "Ross", "Roy", "Russell",
            "Ryan", "Sam", "Samuel", "Scott", "Sean", "Seth", "Sidney", "Simon", "Stanley", "Stephen", "Steve",
            "Steven", "Stuart", "Ted", "Terry", "Theodore", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy",
            "Tony", "Travis", "Troy", "Tyler", "Vernon", "Victor", "Vincent", "Wallace", "Walter", "Warren", "Wayne",
            "Wesley", "Wilbur", "Will", "William", "Willie", "Willis", "Woodrow", "Zachary",
            "Abigail", "Ada", "Agnes", "Alice", "Alicia", "Allison", "Amanda", "Amelia", "Amy", "Andrea", "Angela",
            "Ann", "Anna", "Anne", "Annie", "Audrey", "Barbara", "Beatrice", "Betty", "Beverly", "Bonnie", "Brenda",
            "Caroline", "Carol", "Catherine", "Charlotte", "Christina", "Christine", "Clara", "Claire", "Cynthia",
            "Daisy", "Deborah", "Diana", "Diane", "Donna", "Doris", "Dorothy", "Edith", "Eleanor", "Elizabeth",
            "Ella", "Ellen", "Emily", "Emma", "Esther", "Ethel", "Eva", "Evelyn", "Florence", "Frances", "Gladys",
            "Grace", "Hannah", "Harriet", "Hazel", "Helen", "Irene", "Jane", "Janet", "Jean", "Jennifer", "Jessica",
            "Joan", "Josephine", "Joyce", "Judith", "Julia", "Julie", "Karen", "Katherine", "Kathleen", "Laura",
            "Lillian", "Linda", "Lisa", "Louise", "Lucy", "Margaret", "Maria", "Marie", "Marilyn", "Martha", "Mary",
            "Michelle", "Mildred", "Nancy", "Olivia", "Pamela", "Patricia", "Paula", "Rachel", "Rebecca", "Rose",
            "Ruth", "Sarah", "Sharon", "Shirley", "Sophia", "Susan", "Teresa", "Victoria", "Virginia", "Vivian");

    private GivenNames() {
    }

    static boolean contains(String name) {
        return NAMES.contains(name);
    }
}
