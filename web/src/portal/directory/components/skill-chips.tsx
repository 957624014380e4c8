export function SkillChips({ skills, label }: { skills: readonly string[]; label: string }) {
  if (skills.length === 0) return null;
  return (
    <ul className="chips chips--static" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill} className="chip">
          {skill}
        </li>
      ))}
    </ul>
  );
}
